// Issue 18, the widget in the first screen: the page prints the widget's first
// screen inside <back-check> (a declarative shadow root rendered by the build
// with the element's own code, build/web/first-screen.json), so the page
// paints it with its own first paint, without waiting for back-check.js, and
// the element keeps those nodes when its script runs: no second paint, no
// later largest-contentful-paint entry. /test/first-screen.html is a page
// where the widget is the largest content, so the page's LCP is the widget's.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

import { en, startButton, watchProblems, widget } from './robustness-page.mjs';

const templates = () => JSON.parse(readFileSync(new URL('../../build/web/first-screen.json', import.meta.url), 'utf8'));
const introHeading = (page) => widget(page).getByRole('heading', { level: 2, name: en['intro.title'] });

test.use({ viewport: { width: 360, height: 740 } });

/** Holds back-check.js until release(); when it runs, it first sets a User Timing mark. */
async function holdScript(page) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route('**/widget/back-check.js', async (route) => {
    const response = await route.fetch();
    const body = `performance.mark('backcheck:script-start');\n${await response.text()}`;
    await released;
    await route.fulfill({ response, body });
  });
  return release;
}

function recordPaints() {
  window.__lcp = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__lcp.push({ at: entry.startTime, size: entry.size });
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  addEventListener('backcheck:ready', (event) => (window.__ready = event.detail), true);
}

/** Two frames and a task: paint entries of anything the element rendered have been delivered by then. */
const settle = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))));

test('the page paints the first screen before the script runs; the element keeps it, so the page\'s LCP stays the printed paint', async ({ page }) => {
  const problems = watchProblems(page);
  await page.addInitScript(recordPaints);
  const release = await holdScript(page);
  await page.goto('/test/first-screen.html', { waitUntil: 'commit' }); // "load" waits for the held module

  // The script is held: nothing of the widget's code has run, yet its first screen is on screen, styled.
  await expect(introHeading(page)).toBeVisible();
  await expect(startButton(page)).toBeVisible();
  expect(await page.evaluate(() => customElements.get('back-check') === undefined)).toBe(true);
  expect(await startButton(page).evaluate((el) => getComputedStyle(el).backgroundColor), 'the accent attribute, before the script').toBe('rgb(138, 21, 56)');
  await page.waitForFunction(() => window.__lcp.length > 0);
  const printed = await widget(page).evaluateHandle((el) => el.shadowRoot.querySelector('h2'));

  release();
  await page.waitForFunction(() => window.__ready !== undefined);
  expect(await page.evaluate(() => window.__ready)).toEqual({ printed: true });
  expect(await printed.evaluate((h2) => h2.isConnected && h2 === h2.getRootNode().querySelector('h2')), 'the printed nodes stay').toBe(true);
  await settle(page);
  const { lcp, scriptStart } = await page.evaluate(() => ({ lcp: window.__lcp, scriptStart: performance.getEntriesByName('backcheck:script-start')[0].startTime }));
  expect(lcp.filter((entry) => entry.at >= scriptStart), 'largest-contentful-paint entries after back-check.js started').toEqual([]);

  // The printed Start works once the script is there (the element handles the intro's clicks on its shadow root).
  await startButton(page).click();
  await expect(widget(page).getByRole('heading', { level: 2, name: en['step.safety.title'] })).toBeFocused();
  expect(problems).toEqual([]);
});

test('every printed template (English and Spanish, with and without a name and a logo) is kept by the element', async ({ page }) => {
  await page.goto('/test/first-screen.html');
  await expect(startButton(page)).toBeVisible();
  const { locales } = templates();
  const kept = await page.evaluate(async (locales) => {
    const results = {};
    for (const [locale, byKey] of Object.entries(locales)) {
      for (const [key, template] of Object.entries(byKey)) {
        const attrs = `locale="${locale}"${key.includes('name') ? ' clinic-name="A &amp; B &lt;Clinic&gt;"' : ''}${key.includes('logo') ? ' logo="/favicon.svg"' : ''}`;
        const html = template.replaceAll('{{base}}', '/widget/').replaceAll('{{name}}', 'A &amp; B &lt;Clinic&gt;').replaceAll('{{logo}}', '/favicon.svg');
        const box = document.createElement('div');
        document.body.append(box);
        const ready = new Promise((resolve) => box.addEventListener('backcheck:ready', (event) => resolve(event.detail.printed), { once: true }));
        box.setHTMLUnsafe(`<back-check ${attrs}>${html}</back-check>`); // parses the declarative shadow root; the element upgrades
        results[`${locale} ${key}`] = await ready;
        box.remove();
      }
    }
    return results;
  }, locales);
  expect(Object.keys(kept)).toHaveLength(8);
  expect(Object.values(kept).every(Boolean), JSON.stringify(kept)).toBe(true);
});

test('a journey to resume replaces the printed Start with Resume and Start over', async ({ page }) => {
  await page.addInitScript(recordPaints);
  await page.addInitScript(() => sessionStorage.setItem('backcheck:session', JSON.stringify({ answers: {}, step: 2 })));
  await page.goto('/test/first-screen.html');
  await expect(widget(page).getByRole('button', { name: en['intro.resume'] })).toBeVisible();
  await expect(widget(page).getByRole('button', { name: en['intro.restart'] })).toBeVisible();
  await expect(startButton(page)).toHaveCount(0);
  expect(await page.evaluate(() => window.__ready)).toEqual({ printed: false });
  expect(await widget(page).evaluate((el) => el.shadowRoot.querySelectorAll('.frame').length)).toBe(1);
});

test('under the strict CSP the printed first screen loads its stylesheet without a violation', async ({ page }) => {
  const problems = watchProblems(page);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto('/test/first-screen.html');
  expect(response.headers()['content-security-policy']).toContain("style-src 'self'");
  await expect(startButton(page)).toBeVisible();
  await page.waitForFunction(() => document.querySelector('back-check').shadowRoot.adoptedStyleSheets.length > 0);
  expect(await widget(page).evaluate((el) => el.shadowRoot.querySelectorAll('style, [style]').length)).toBe(0);
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  expect(problems).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the printed first screen says what the check is, without a Start button that could do nothing', async ({ page }) => {
    await page.goto('/test/first-screen.html');
    await expect(introHeading(page)).toBeVisible();
    const start = widget(page).locator('[part~="start"]');
    await expect(start).toHaveCount(1); // printed, and hidden by the widget's stylesheet (@media (scripting: none))
    await expect(start).toBeHidden();
  });
});
