// 100,000 evaluations leave the WASM heap as they found it: emmalloc's own
// counters before and after, from the test-only build that registers them
// (wasm/heap_counters.cpp, build/wasm/wasm/heap-test); the product module has none.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { heapTestDir, loadCore, root } from './load-core.mjs';

const RUNS = 100_000;
const examplesDir = join(root, 'docs', 'examples');

function answerTexts() {
  const examples = readdirSync(examplesDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => readFileSync(join(examplesDir, name), 'utf8'));
  // Bad input takes other paths through the core (errors, early exits).
  return [...examples, '{"schemaVersion": ', '{"schemaVersion":1,"about":{"ageYears":190}}', '[[[[[[1]]]]]]'];
}

test(`${RUNS.toLocaleString('en')} evaluations do not grow the heap`, async () => {
  const core = await loadCore(heapTestDir);
  const inputs = answerTexts();
  const usage = () => ({ heap: core.heapSize(), inUse: core.heapSize() - core.heapFree() });
  for (let i = 0; i < 1000; i += 1) core.evaluate(inputs[i % inputs.length]); // warm up
  const before = usage();
  for (let i = 0; i < RUNS; i += 1) core.evaluate(inputs[i % inputs.length]);
  const after = usage();
  assert.deepEqual(after, before, `heap before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`);
});

test('the heap counters do see memory use (a 10 MB answer grows the heap)', async () => {
  const core = await loadCore(heapTestDir);
  const before = core.heapSize();
  core.evaluate(`{"schemaVersion":1,"about":{"location":"${'x'.repeat(10 * 1024 * 1024)}"}}`);
  assert.ok(core.heapSize() > before + 10 * 1024 * 1024, `heap ${before} -> ${core.heapSize()}`);
});

test('a 40 MB answer is refused as too large, not an abort (the text is copied into the heap once)', async () => {
  const core = await loadCore();
  const result = JSON.parse(core.evaluate(`{"schemaVersion":1,"about":{"location":"${'x'.repeat(40 * 1024 * 1024)}"}}`));
  assert.deepEqual(result.errors.map((e) => e.code), ['too_large']);
  // and the module goes on working
  assert.equal(JSON.parse(core.evaluate('{"schemaVersion":1,"about":{"ageYears":40}}')).outcome, 'triaged');
});
