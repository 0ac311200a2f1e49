// Shared by tests/e2e/robustness-*.spec.mjs: the visitor's view of the demo
// article under faults. Texts come from the English catalog, not copies.
import { readFileSync } from 'node:fs';

export const en = JSON.parse(readFileSync(new URL('../../web/locales/en.json', import.meta.url), 'utf8'));

/** The browser's own line for a request we blocked on purpose is not ours. */
const NETWORK_NOISE = /^(error: )?Failed to load resource/;

/** Page errors and console errors/warnings that our code caused. */
export function watchProblems(page) {
  const lines = [];
  page.on('pageerror', (error) => lines.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const line = `${message.type()}: ${message.text()}`;
    if (!NETWORK_NOISE.test(line)) lines.push(line);
  });
  return lines;
}

/** Collects layout-shift entries from the first paint on (CLS of the host page). */
export function recordLayoutShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.__shifts.push({ value: entry.value, at: entry.startTime });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

export const layoutShift = (page) =>
  page.evaluate(() => window.__shifts.reduce((sum, s) => sum + s.value, 0));

export const widget = (page) => page.locator('back-check');
export const startButton = (page) => widget(page).getByRole('button', { name: en['intro.start'] });
export const failureNotice = (page) => widget(page).getByRole('alert').filter({ hasText: en['widget.failed'] });
export const preparingStatus = (page) => widget(page).getByRole('status').filter({ hasText: en['widget.preparing'] });

/**
 * Holds requests matching `pattern` until release() (or fail(): a 503).
 * `asked` resolves at the first such request; seen() counts them.
 */
export async function hold(page, pattern) {
  let settle;
  let ask;
  const decided = new Promise((resolve) => (settle = resolve));
  const asked = new Promise((resolve) => (ask = resolve));
  let seen = 0;
  await page.route(pattern, async (route) => {
    seen += 1;
    ask();
    const how = await decided;
    await (how === 'fail' ? route.fulfill({ status: 503, body: 'busy' }) : route.continue());
  });
  return { release: () => settle('go'), fail: () => settle('fail'), seen: () => seen, asked };
}
