// Widget time-to-ready on a mid-range phone profile: Chromium with the CPU
// throttled 4x (CDP Emulation.setCPUThrottlingRate, as Lighthouse's mobile
// preset), a Pixel 5 viewport, a fresh profile (cold cache) for every run.
// The same article is loaded with and without the widget, interleaved; the
// "without" page is the server's own HTML with the widget's script and
// element removed on the way in (both variants go through the same route).
import { devices } from '@playwright/test';

export const CPU_SLOWDOWN = 4;

// The article's HTML minus the widget (bench/pages.mjs; also imported from here by tests).
export { withoutWidget } from './pages.mjs';
import { withoutWidget } from './pages.mjs';

// `backcheck:ready` fires when the first screen (the intro, from bundled texts)
// has been rendered, before the core and the catalog are requested. "Painted"
// is the start of the frame after the one that showed it (the timestamp of a
// second requestAnimationFrame: the frame with the intro has been presented by
// then, whatever tasks run after it); at that moment the bench presses Start,
// as a visitor could, and records when step 1 is shown (Start waits for the
// core, then goes on). `backcheck:core-ready` fires once the core (glue +
// .wasm) has answered protocol() and the catalog is in.
function recordReady() {
  window.__bench = { ready: null, painted: null, coreReady: null, step: null, firstScreen: null };
  const stamp = () => performance.now();
  // The first frame in which the widget's first screen is there and styled (a
  // printed one waits for its stylesheet; Chromium paints it in that frame).
  const styled = () => {
    const root = document.querySelector('back-check')?.shadowRoot;
    const frame = root && [...root.children].find((el) => el.classList.contains('frame'));
    return !!frame && getComputedStyle(frame).borderTopStyle === 'solid';
  };
  const poll = (frameStart) => {
    if (styled()) window.__bench.firstScreen = frameStart;
    else if (frameStart < 30_000) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  document.addEventListener('backcheck:core-ready', () => {
    window.__bench.coreReady ??= stamp();
  }, { capture: true });
  document.addEventListener('backcheck:ready', (event) => {
    if (window.__bench.ready !== null) return;
    window.__bench.ready = stamp();
    const root = event.target.shadowRoot;
    requestAnimationFrame(() => requestAnimationFrame((frameStart) => {
      window.__bench.painted = frameStart;
      const start = root.querySelector('[part~="start"]');
      if (!start || start.offsetParent === null) return void (window.__bench.noStart = true);
      new MutationObserver((_, observer) => {
        if (!root.querySelector('[part~="step"]')) return;
        window.__bench.step = stamp();
        observer.disconnect();
      }).observe(root, { childList: true, subtree: true });
      start.click();
    }));
  }, { capture: true });
}

async function oneRun(browser, url, withWidget) {
  const context = await browser.newContext({ ...devices['Pixel 5'], ignoreHTTPSErrors: !!process.env.BACKCHECK_BENCH_H2 }); // bench/variants.mjs, H2
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.route(url, async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      await route.fulfill({ response, body: withWidget ? html : withoutWidget(html) });
    });
    // When the browser starts running back-check.js (a User Timing mark put in
    // front of the served file; the page has no SRI on it): from its arrival
    // until then the main thread is still the host page's (parsing, first
    // layout and paint), which a module script waits for.
    await page.route('**/widget/back-check.js', async (route) => {
      const response = await route.fetch();
      const body = `performance.mark('backcheck:script-start');\n${await response.text()}`;
      await route.fulfill({ response, body });
    });
    await page.addInitScript(recordReady);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'load' });
    if (withWidget) {
      await page.evaluate(() => new Promise((resolve, reject) => {
        const started = performance.now();
        const poll = () => {
          if (window.__bench.noStart) return reject(new Error('backcheck:ready fired but no Start button is shown'));
          if (window.__bench.step !== null && window.__bench.coreReady !== null) return resolve();
          if (performance.now() - started > 30_000) return reject(new Error('Start pressed at first paint: no step 1 within 30 s'));
          setTimeout(poll, 20);
        };
        poll();
      }));
    }
    const m = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const resources = performance.getEntriesByType('resource');
      const script = resources.find((r) => /\/back-check\.js(\?|$)/.test(r.name));
      const wasm = resources.find((r) => /\.wasm(\?|$)/.test(r.name));
      return {
        load: nav.loadEventEnd,
        domContentLoaded: nav.domContentLoadedEventEnd,
        ready: window.__bench.ready,
        painted: window.__bench.painted,
        firstScreen: window.__bench.firstScreen,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        coreReady: window.__bench.coreReady,
        step: window.__bench.step,
        scriptArrived: script ? script.responseEnd : null,
        scriptStart: performance.getEntriesByName('backcheck:script-start')[0]?.startTime ?? null,
        wasmArrived: wasm ? wasm.responseEnd : null,
        widgetFiles: resources
          .filter((r) => r.name.includes('/widget/'))
          .map((r) => ({ url: new URL(r.name).pathname, bytes: r.encodedBodySize })),
        hasWidget: document.querySelector('back-check') !== null,
      };
    });
    if (m.hasWidget !== withWidget) throw new Error(`variant mix-up: hasWidget=${m.hasWidget}`);
    if (problems.length) throw new Error(`page errors: ${problems.join('; ')}`);
    return m;
  } finally {
    await context.close();
  }
}

/**
 * `runs` interleaved pairs; per pair the ratios to the load of the page
 * without the widget, and the times after back-check.js arrived: first screen
 * painted and usable (the §4 budget), core ready, step 1 after a Start pressed
 * at first paint.
 */
export async function timeToReady(browser, url, { runs = 10, warmups = 1 } = {}) {
  for (let i = 0; i < warmups; i++) {
    await oneRun(browser, url, true);
    await oneRun(browser, url, false);
  }
  const pairs = [];
  for (let i = 0; i < runs; i++) {
    const without = await oneRun(browser, url, false);
    const withW = await oneRun(browser, url, true);
    pairs.push({ without, with: withW });
  }
  const each = (f) => pairs.map((p) => f(p.with, p.without));
  return {
    cpuSlowdown: CPU_SLOWDOWN,
    loadWithout: each((w, wo) => wo.load),
    loadWith: each((w) => w.load),
    ready: each((w) => w.ready),
    painted: each((w) => w.painted),
    coreReady: each((w) => w.coreReady),
    readyAfterScript: each((w) => w.painted - w.scriptArrived),
    startAfterScript: each((w) => w.scriptStart - w.scriptArrived),
    readyAfterStart: each((w) => w.painted - w.scriptStart),
    firstScreen: each((w) => w.firstScreen),
    firstScreenAfterStart: each((w) => w.firstScreen - w.scriptStart),
    firstScreenAfterFcp: each((w) => w.firstScreen - w.fcp),
    fcpWith: each((w) => w.fcp),
    fcpWithout: each((w, wo) => wo.fcp),
    renderedAfterStart: each((w) => w.ready - w.scriptStart),
    renderedAfterScript: each((w) => w.ready - w.scriptArrived),
    coreAfterScript: each((w) => w.coreReady - w.scriptArrived),
    stepAfterScript: each((w) => w.step - w.scriptArrived),
    coreAfterWasm: each((w) => w.coreReady - w.wasmArrived),
    readyRatio: each((w, wo) => w.painted / wo.load),
    coreRatio: each((w, wo) => w.coreReady / wo.load),
    loadRatio: each((w, wo) => w.load / wo.load),
    widgetFiles: pairs.at(-1).with.widgetFiles,
  };
}

// node bench/ready.mjs [--runs 10] [--variants above,above-script,below]: the
// widget's own first paint and readiness on pages of bench/variants.mjs (4×
// CPU, Pixel 5, cold cache), printed as a table per page.
if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) {
  const { chromium } = await import('@playwright/test');
  const { loadavg } = await import('node:os');
  const { default: config } = await import('../playwright.config.mjs');
  const { fmtRange, summarize } = await import('./stats.mjs');
  const { startVariantServer, VARIANTS } = await import('./variants.mjs');
  const argv = process.argv.slice(2);
  const value = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
  const runs = Number(value('--runs', 10));
  const variants = value('--variants', 'above,above-script').split(',');
  const browser = await chromium.launch(config.use.launchOptions);
  const site = await startVariantServer();
  const load = [loadavg()[0]];
  const ms = (samples) => fmtRange(summarize(samples.filter((v) => Number.isFinite(v))), 0);
  try {
    for (const name of variants) {
      if (!VARIANTS[name]?.widget) throw new Error(`not a page with the widget: ${name} (${Object.keys(VARIANTS).join(', ')})`);
      const r = await timeToReady(browser, `${site.origin}/${VARIANTS[name].query}`, { runs });
      load.push(loadavg()[0]);
      console.log([
        `#### ${VARIANTS[name].label} (${runs} runs, CPU ${r.cpuSlowdown}× slower)`, '',
        '| Measure | ms, median (min–max) |', '|---|---:|',
        `| Host page's first contentful paint: without the widget / with it | ${ms(r.fcpWithout)} / ${ms(r.fcpWith)} |`,
        `| Widget's first screen painted, after navigation start | ${ms(r.firstScreen)} |`,
        `| … after the host page's first contentful paint | ${ms(r.firstScreenAfterFcp)} |`,
        `| … after back-check.js started to run (below zero: painted before the script ran) | ${ms(r.firstScreenAfterStart)} |`,
        `| First screen usable (\`backcheck:ready\` and a frame), after back-check.js started to run (budget < 100) | **${ms(r.readyAfterStart)}** |`,
        `| back-check.js waiting after it arrived, until the page's main thread ran it | ${ms(r.startAfterScript)} |`,
        `| Core ready, after back-check.js arrived | ${ms(r.coreAfterScript)} |`,
        '',
      ].join('\n'));
    }
    console.log(`Load average (1 min) during the runs: ${fmtRange(summarize(load), 1)} on 2 cores.`);
  } finally {
    site.close();
    await browser.close();
  }
}
