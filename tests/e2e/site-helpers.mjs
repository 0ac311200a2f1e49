// Shared by tests/e2e/site-*.spec.mjs: a "blank page" on another origin to
// paste snippets into, console capture, and axe-core without touching the
// page's CSP. The blank page is http://localhost:PORT/… (the test server is
// http://127.0.0.1:PORT): another origin. A routed response counts as a public
// page, so it gets the local-network-access permission that a real clinic's
// public site would not need to reach a public widget host.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { skipRemainingSteps } from './widget-helpers.mjs';

/** The clinic's own site in these tests: the test server's port on localhost. */
export const clinicOrigin = (baseURL) => new URL(baseURL).origin.replace('127.0.0.1', 'localhost');

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** build/web/first-screen.json: the first screens and the two loaders (boot, frameBoot) the snippets print. */
export const firstScreen = JSON.parse(readFileSync(new URL('../../build/web/first-screen.json', import.meta.url), 'utf8'));

/** The iframe snippet's frame, and its height on the host page (one such frame on the page). */
export const FRAME = 'iframe[data-backcheck-embed]';
export const frameHeight = (page) => page.locator(FRAME).evaluate((el) => el.getBoundingClientRect().height);

/**
 * Serves a page holding only `snippet` at http://localhost:PORT/blank-clinic-page.html.
 * `prepare(page)` runs after earlier routes are dropped, before the page is opened (to route its requests).
 */
export async function openBlankPageWith(page, baseURL, snippet, { csp, prepare } = {}) {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank page</title></head>\n<body>\n${snippet}\n</body></html>`;
  const url = `${clinicOrigin(baseURL)}/blank-clinic-page.html`;
  await page.unrouteAll();
  await prepare?.(page);
  await page.context().grantPermissions(['local-network-access']);
  await page.route(url, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: csp ? { 'Content-Security-Policy': csp } : {},
      body,
    }),
  );
  await page.goto(url);
}

export function watchConsole(page) {
  const lines = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') lines.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => lines.push(`pageerror: ${e.message}`));
  return lines;
}

/** axe-core violations (WCAG 2.0/2.1/2.2 A and AA) as "rule: target" lines. */
export async function axeViolations(pageOrFrame, selector = 'body') {
  await pageOrFrame.evaluate(AXE_SOURCE);
  const violations = await pageOrFrame.evaluate(
    async (context) =>
      (await window.axe.run(context, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      })).violations,
    selector,
  );
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** Starts the check and skips every step (each step is skippable) to reach the results. */
export async function skipToResults(widget) {
  await widget.locator('[part~="start"]').click();
  await skipRemainingSteps(widget);
}
