// Where evaluate() spends its time in Chromium: samples the V8 CPU profiler
// while the module evaluates every docs/examples input in a loop, and prints
// self time per function. Build a module with function names first:
//
//   emcmake cmake -S . -B build/wasm-names -DCMAKE_BUILD_TYPE=Release \
//     -DCMAKE_EXE_LINKER_FLAGS=--profiling-funcs [-DBACKCHECK_WASM_OPT=-Oz]
//   NODE_PATH=/usr/share/nodejs cmake --build build/wasm-names --target backcheck_wasm
//   node bench/wasm-profile.mjs build/wasm-names/wasm
//
// (docs/performance.md, "evaluate() speed", was found this way.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { launchChromium } from './browser.mjs';
import { benchInputs } from './inputs.mjs';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node bench/wasm-profile.mjs DIR (with backcheck-core.js and .wasm)');
const inputs = benchInputs().map(({ name, text }) => ({ name, text }));
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  // Served from a made-up origin through a route: no server, no CSP needed for a profile.
  await page.route('http://profile.local/**', (route) => {
    const file = new URL(route.request().url()).pathname.slice(1);
    if (file === '') return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>profile</title>' });
    const type = file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript';
    return route.fulfill({ status: 200, contentType: type, body: readFileSync(join(dir, file)) });
  });
  await page.goto('http://profile.local/');
  await page.evaluate(async () => {
    const { default: factory } = await import('/backcheck-core.js');
    window.core = await factory({});
  });
  const loop = `(() => {
    const inputs = ${JSON.stringify(inputs)};
    let rounds = 0, sink = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < 3000) { for (const i of inputs) sink += core.evaluate(i.text).length; rounds++; }
    return (performance.now() - t0) * 1000 / rounds;
  })()`;
  await page.evaluate(loop); // warm up (tier-up to optimized code)
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  const microsPerRound = await page.evaluate(loop);
  const { profile } = await cdp.send('Profiler.stop');
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id).callFrame;
    const name = frame.functionName || `(anonymous ${frame.url.split('/').pop()}:${frame.lineNumber})`;
    self.set(name, (self.get(name) ?? 0) + profile.timeDeltas[i]);
    total += profile.timeDeltas[i];
  });
  console.log(`${microsPerRound.toFixed(1)} µs per round of ${inputs.length} inputs (sampling on)\n`);
  console.log('self %  function');
  for (const [name, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    console.log(`${((100 * time) / total).toFixed(1).padStart(6)}  ${name.slice(0, 140)}`);
  }
} finally {
  await browser.close();
}
