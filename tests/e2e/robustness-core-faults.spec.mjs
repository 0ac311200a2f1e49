// What a visitor sees on the demo article when the WebAssembly core cannot
// run: no WebAssembly, the .wasm or its glue blocked, a corrupted .wasm (a
// captive portal's HTML), or a very slow network. The article must stay
// readable, nothing may reach the console, and the widget must say so plainly.
// The core loads once the widget is near the viewport (issue 18), so the
// pages that fault the core open the article at the widget (#self-check).
import { expect, test } from '@playwright/test';

import { en, failureNotice, preparingStatus, startButton, watchProblems, widget } from './robustness-page.mjs';

const article = (page) => page.getByRole('heading', { level: 1 });

test('a browser without WebAssembly gets the notice, the article stays usable', async ({ page }) => {
  const problems = watchProblems(page);
  const coreRequests = [];
  page.on('request', (r) => /backcheck-core\.(js|wasm)$/.test(r.url()) && coreRequests.push(r.url()));
  await page.addInitScript(() => {
    delete window.WebAssembly;
  });
  await page.goto('/');
  await expect(failureNotice(page)).toBeVisible();
  await expect(article(page)).toBeVisible();
  expect(coreRequests, 'nothing is downloaded that cannot run').toEqual([]);
  expect(problems).toEqual([]);
});

for (const [what, fault] of [
  ['a blocked .wasm', (route) => route.abort('blockedbyclient')],
  ['a .wasm that fails with HTTP 503', (route) => route.fulfill({ status: 503, body: 'busy' })],
  ['a .wasm replaced by an HTML page (captive portal)', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Log in to Wi-Fi</title>' })],
]) {
  test(`${what}: the notice, then a reload without the fault works`, async ({ page }) => {
    const problems = watchProblems(page);
    await page.route('**/widget/backcheck-core.wasm', fault);
    await page.goto('/#self-check');
    await expect(failureNotice(page)).toBeVisible();
    await expect(article(page)).toBeVisible();
    expect(problems).toEqual([]);

    await page.unroute('**/widget/backcheck-core.wasm');
    await page.reload();
    await expect(startButton(page)).toBeVisible();
    expect(problems).toEqual([]);
  });
}

test('a blocked glue script (backcheck-core.js) gets the notice', async ({ page }) => {
  const problems = watchProblems(page);
  await page.route('**/widget/backcheck-core.js', (route) => route.abort('blockedbyclient'));
  await page.goto('/#self-check');
  await expect(failureNotice(page)).toBeVisible();
  expect(problems).toEqual([]);
});

test('very slow .wasm (4 s): the page loads without waiting, Start is there at once and waits for the core', async ({ page }) => {
  const problems = watchProblems(page);
  await page.route('**/widget/backcheck-core.wasm', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 4000));
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'load' });
  await expect(article(page)).toBeVisible();
  await expect(startButton(page)).toBeVisible();
  await startButton(page).click();
  await expect(preparingStatus(page)).toBeVisible();
  expect(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('.wasm'))),
    'the intro did not wait for the .wasm').toBe(false);
  await expect(widget(page).getByRole('heading', { level: 2, name: en['step.safety.title'] })).toBeVisible({ timeout: 15_000 });
  const timing = await page.evaluate(() => ({
    load: performance.getEntriesByType('navigation')[0].loadEventEnd,
    wasm: performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'))?.responseEnd,
  }));
  expect(timing.load, 'the host page load event did not wait for the core').toBeLessThan(timing.wasm);
  expect(problems).toEqual([]);
});

test('very slow widget script (3 s): the article is shown before the widget arrives', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/widget/back-check.js', async (route) => {
    await held;
    await route.continue();
  });
  const problems = watchProblems(page);
  await page.goto('/', { waitUntil: 'commit' });
  await expect(article(page)).toBeVisible({ timeout: 3000 });
  release();
  await expect(startButton(page)).toBeVisible({ timeout: 15_000 });
  expect(problems).toEqual([]);
});

// A visitor who reloads or leaves while the catalog is still on its way: the
// browser cancels the fetch, which is not a fault worth a console warning on
// the clinic's page (it made robustness runs above flaky under load).
test('leaving the page while the catalog is still loading logs nothing', async ({ page }) => {
  const problems = watchProblems(page);
  let asked;
  const catalogAsked = new Promise((resolve) => (asked = resolve));
  await page.route('**/widget/locales/en.json', () => asked()); // never answered
  await page.goto('/#self-check');
  await catalogAsked;
  await page.unroute('**/widget/locales/en.json');
  await page.reload();
  await expect(startButton(page)).toBeVisible();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  expect(problems).toEqual([]);
});
