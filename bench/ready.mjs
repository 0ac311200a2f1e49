// Widget time-to-ready on a mid-range phone profile: Chromium with the CPU
// throttled 4x (CDP Emulation.setCPUThrottlingRate, as Lighthouse's mobile
// preset), a Pixel 5 viewport, a fresh profile (cold cache) for every run.
// The same article is loaded with and without the widget, interleaved; the
// "without" page is the server's own HTML with the widget's script and
// element removed on the way in (both variants go through the same route).
import { devices } from '@playwright/test';

export const CPU_SLOWDOWN = 4;

/** The article's HTML minus the widget (script tag, modulepreload, element). */
export function withoutWidget(html) {
  return html
    .replace(/<script\b[^>]*\bsrc="[^"]*back-check\.js"[^>]*>\s*<\/script>\s*/g, '')
    .replace(/<link\b[^>]*\bhref="[^"]*(back-check|backcheck-core)[^"]*"[^>]*>\s*/g, '')
    .replace(/<back-check\b[\s\S]*?<\/back-check>/g, '');
}

// `backcheck:ready` fires once the core and protocol are loaded; the first
// screen renders in the next microtask. "Painted" is the frame after that
// (requestAnimationFrame, then a task), when the visitor can press Start.
function recordReady() {
  window.__bench = { ready: null, painted: null };
  document.addEventListener('backcheck:ready', () => {
    if (window.__bench.ready !== null) return;
    window.__bench.ready = performance.now();
    requestAnimationFrame(() => setTimeout(() => {
      window.__bench.painted = performance.now();
    }, 0));
  }, { capture: true });
}

async function oneRun(browser, url, withWidget) {
  const context = await browser.newContext({ ...devices['Pixel 5'] });
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.route(url, async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      await route.fulfill({ response, body: withWidget ? html : withoutWidget(html) });
    });
    await page.addInitScript(recordReady);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'load' });
    if (withWidget) {
      await page.evaluate(() => new Promise((resolve, reject) => {
        const started = performance.now();
        const poll = () => {
          if (window.__bench.painted !== null) return resolve();
          if (performance.now() - started > 30_000) return reject(new Error('widget not ready within 30 s'));
          setTimeout(poll, 20);
        };
        poll();
      }));
      const start = await page.evaluate(() =>
        [...document.querySelector('back-check').shadowRoot.querySelectorAll('button')].some((b) => b.offsetParent !== null));
      if (!start) throw new Error('backcheck:ready fired but no button is shown');
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
        scriptArrived: script ? script.responseEnd : null,
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
 * `runs` interleaved pairs; per pair the ratio (widget painted ready) / (load
 * of the page without the widget), plus ready-after-script-arrival (the §4
 * budget, measured to the painted first screen).
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
  return {
    cpuSlowdown: CPU_SLOWDOWN,
    loadWithout: pairs.map((p) => p.without.load),
    loadWith: pairs.map((p) => p.with.load),
    ready: pairs.map((p) => p.with.ready),
    painted: pairs.map((p) => p.with.painted),
    readyAfterScript: pairs.map((p) => p.with.painted - p.with.scriptArrived),
    afterWasm: pairs.map((p) => p.with.painted - p.with.wasmArrived),
    readyRatio: pairs.map((p) => p.with.painted / p.without.load),
    loadRatio: pairs.map((p) => p.with.load / p.without.load),
    widgetFiles: pairs.at(-1).with.widgetFiles,
  };
}
