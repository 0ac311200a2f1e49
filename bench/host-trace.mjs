// Host-page impact in a real browser trace (not Lighthouse's simulation):
// Chromium with the CPU throttled 4x and Lighthouse's "slow 4G" applied by
// DevTools (562.5 ms per request, 1.47 Mbit/s down), the mobile profile's
// 412x823 screen, a fresh profile (cold cache) per run. Each pair loads one
// page of bench/variants.mjs without and with the widget, interleaved.
//
// Per run: FCP, LCP, CLS (the page's own entries), TBT (long tasks after FCP
// until the network has been quiet for 2 s), and the measures a busy machine
// cannot blur: requests and bytes before FCP, main-thread work before FCP (the
// renderer's top-level tasks in a trace) and the widget's own share of it,
// widget bytes fetched before Start is pressed; with the widget in view also
// its first paint after back-check.js starts to run (budget < 100 ms).
//
//   node bench/host-trace.mjs [--pairs 5] [--variants below,above] [--json]
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

import { chromium } from '@playwright/test';

import config from '../playwright.config.mjs';
import { fmtRange, summarize } from './stats.mjs';
import { H2, startVariantServer, VARIANTS } from './variants.mjs';

export const SLOW_4G = { latency: 150 * 3.75, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };
export const CPU_SLOWDOWN = 4;
const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'loading', 'v8.execute', 'blink.user_timing'];

/** In the page from its first script: paint, LCP, layout shift and long-task entries, the widget's events. */
function observe() {
  const w = (window.__host = { lcp: 0, cls: 0, long: [], ready: null, painted: null, firstScreen: null, inView: false });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.lcp = e.startTime))).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => !e.hadRecentInput && (w.cls += e.value))).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => w.long.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  addEventListener('backcheck:ready', () => {
    w.ready ??= performance.now();
    requestAnimationFrame(() => requestAnimationFrame((t) => (w.painted ??= t)));
  }, true);
  // The first frame with the widget's first screen there and styled: printed by
  // the page (it waits for its stylesheet) or rendered by the script.
  const poll = (frameStart) => {
    const root = document.querySelector('back-check')?.shadowRoot;
    const frame = root && [...root.children].find((el) => el.classList.contains('frame'));
    if (frame && getComputedStyle(frame).borderTopStyle === 'solid') {
      w.firstScreen = frameStart;
      w.inView = frame.getBoundingClientRect().top < innerHeight;
    } else if (frameStart < 30_000) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** Top-level tasks of the page's renderer main thread before FCP, from the trace. */
function traceWork(events) {
  const named = (name) => events.filter((e) => e.name === name);
  const fcp = named('firstContentfulPaint')[0];
  if (!fcp) return { mainBeforeFcp: NaN, widgetBeforeFcp: NaN };
  const thread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === fcp.pid);
  const onMain = (e) => e.pid === fcp.pid && (!thread || e.tid === thread.tid) && e.ph === 'X' && e.ts < fcp.ts;
  const nav = events.filter((e) => e.name === 'navigationStart' && e.pid === fcp.pid && e.ts < fcp.ts).at(-1);
  const tasks = events.filter((e) => onMain(e) && e.name === 'RunTask' && (!nav || e.ts >= nav.ts));
  const sum = (list) => list.reduce((s, e) => s + Math.min(e.dur ?? 0, fcp.ts - e.ts), 0) / 1000;
  // The widget's own script work before FCP: compile and run of back-check.js.
  const widget = events.filter((e) => onMain(e) && /back-check\.js/.test(JSON.stringify(e.args?.data ?? e.args ?? {})) &&
    /EvaluateScript|v8\.evaluateModule|v8\.compileModule|v8\.compile|FunctionCall/.test(e.name));
  return { mainBeforeFcp: sum(tasks), widgetBeforeFcp: sum(widget) };
}

export async function oneRun(browser, url, { trace }) {
  const context = await browser.newContext({ ...MOBILE, ignoreHTTPSErrors: H2 });
  try {
    const page = await context.newPage();
    await page.addInitScript(observe);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    if (trace) await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    // TBT's window: until the network has been quiet for 2 s (at most 20 s).
    await page.evaluate(() => new Promise((resolve) => {
      const started = performance.now();
      let count = -1;
      let quietSince = performance.now();
      const poll = () => {
        const now = performance.getEntriesByType('resource').length;
        if (now !== count) [count, quietSince] = [now, performance.now()];
        if (performance.now() - quietSince > 2000 || performance.now() - started > 20_000) return resolve();
        setTimeout(poll, 100);
      };
      poll();
    }));
    const events = trace ? JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents : [];
    const m = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      const resources = performance.getEntriesByType('resource');
      const before = resources.filter((r) => r.responseEnd <= fcp);
      const widgetFiles = resources.filter((r) => r.name.includes('/widget/'));
      const started = performance.getEntriesByName('backcheck:script-start')[0]?.startTime ?? null;
      const h = window.__host;
      return {
        fcp,
        lcp: h.lcp,
        cls: h.cls,
        tbt: h.long.filter(([start]) => start >= fcp).reduce((s, [, d]) => s + Math.max(0, d - 50), 0),
        requestsBeforeFcp: before.length + 1, // + the page itself
        bytesBeforeFcp: before.reduce((s, r) => s + r.transferSize, 0) + performance.getEntriesByType('navigation')[0].transferSize,
        widgetBytesBeforeFcp: before.filter((r) => r.name.includes('/widget/')).reduce((s, r) => s + r.transferSize, 0),
        widgetBytesBeforeStart: widgetFiles.reduce((s, r) => s + r.transferSize, 0),
        widgetFiles: widgetFiles.map((r) => new URL(r.name).pathname.replace('/widget/', '')),
        paintedAfterScript: started !== null && h.painted !== null ? h.painted - started : null,
        firstScreen: h.inView ? h.firstScreen : null,
        firstScreenAfterFcp: h.inView && h.firstScreen !== null ? h.firstScreen - fcp : null,
        firstScreenAfterScript: h.inView && h.firstScreen !== null && started !== null ? h.firstScreen - started : null,
        hasWidget: document.querySelector('back-check, iframe[data-backcheck-embed]') !== null,
      };
    });
    return { ...m, ...traceWork(events) };
  } finally {
    await context.close();
  }
}

/** `pairs` interleaved without/with pairs per page (below: the demo article; above: the widget in the first screen). */
export async function hostTrace({ pairs = 5, variants = ['below', 'above'], trace = true } = {}) {
  const browser = await chromium.launch(config.use.launchOptions);
  const site = await startVariantServer({ mark: true });
  const out = {};
  const load = [loadavg()[0]];
  try {
    for (const name of variants) out[name] = { with: [], without: [] };
    await oneRun(browser, `${site.origin}/`, { trace: false }); // warm-up (server caches, disk)
    for (let i = 0; i < pairs; i++) {
      for (const name of variants) {
        for (const widget of [false, true]) {
          const variant = widget ? name : VARIANTS[name].without;
          const run = await oneRun(browser, `${site.origin}/${VARIANTS[variant].query}`, { trace });
          if (run.hasWidget !== widget) throw new Error(`variant mix-up in ${variant}`);
          out[name][widget ? 'with' : 'without'].push(run);
        }
      }
      load.push(loadavg()[0]);
    }
  } finally {
    site.close();
    await browser.close();
  }
  Object.defineProperty(out, 'load', { value: load, enumerable: false });
  return out;
}

const ROWS = [
  ['fcp', 'First contentful paint (ms)', 0],
  ['lcp', 'Largest contentful paint (ms)', 0],
  ['tbt', 'Total blocking time (ms, long tasks after FCP)', 0],
  ['cls', 'Cumulative layout shift', 3],
  ['mainBeforeFcp', 'Main-thread work before FCP (ms, trace)', 1],
  ['widgetBeforeFcp', '… of which back-check.js compile and run (ms)', 1],
  ['requestsBeforeFcp', 'Requests finished before FCP', 0],
  ['bytesBeforeFcp', 'Bytes transferred before FCP', 0],
  ['widgetBytesBeforeFcp', 'Widget bytes before FCP', 0],
  ['widgetBytesBeforeStart', 'Widget bytes by the end of the load (Start not pressed)', 0],
];

export function hostTraceTable(result, { pairs }) {
  const lines = [];
  for (const [name, runs] of Object.entries(result)) {
    lines.push(`#### ${VARIANTS[name].label} (${pairs} pairs)`, '', '| Measure | without the widget | with the widget | with − without (per pair) |', '|---|---:|---:|---:|');
    for (const [key, label, decimals] of ROWS) {
      const a = runs.without.map((r) => r[key]);
      const b = runs.with.map((r) => r[key]);
      if (b.some((v) => typeof v !== 'number' || Number.isNaN(v))) continue;
      lines.push(`| ${label} | ${fmtRange(summarize(a), decimals)} | ${fmtRange(summarize(b), decimals)} | ${fmtRange(summarize(b.map((v, i) => v - a[i])), decimals)} |`);
    }
    const own = (key) => runs.with.map((r) => r[key]).filter((v) => typeof v === 'number');
    const row = (key, label) => own(key).length && lines.push(`| ${label} | – | ${fmtRange(summarize(own(key)), 0)} | |`);
    row('firstScreen', "Widget's first screen painted, in view (ms after navigation start)");
    row('firstScreenAfterFcp', "… after the host page's FCP");
    row('firstScreenAfterScript', '… after back-check.js started to run (below zero: before it ran)');
    row('paintedAfterScript', 'Widget usable (`backcheck:ready` and a frame) after back-check.js starts to run (budget < 100 ms)');
    lines.push('', `Widget files fetched (last run, Start not pressed): ${runs.with.at(-1).widgetFiles.join(', ') || 'none'}.`, '');
  }
  if (result.load) lines.push(`Load average (1 min) during the runs: ${fmtRange(summarize(result.load), 1)} on 2 cores.`);
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const value = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
  const pairs = Number(value('--pairs', 5));
  const variants = value('--variants', 'below,above').split(',');
  const result = await hostTrace({ pairs, variants, trace: !argv.includes('--no-trace') });
  if (argv.includes('--json')) console.log(JSON.stringify({ pages: result, load: result.load }));
  else console.log(hostTraceTable(result, { pairs }));
}
