// The widget's styles are one file, back-check.css (web/styles/sheet.ts): a
// page that prints the first screen links it, otherwise the element fetches it
// once per page and adopts it. Until it is in, the reserved height holds and
// the frame is hidden (nothing unstyled is painted); if it cannot load, the
// widget still works, unstyled, in its reserved height, and says so once.
import { expect, test } from '@playwright/test';

import { en, hold, layoutShift, recordLayoutShifts, startButton, watchProblems, widget } from './robustness-page.mjs';

const frameDisplay = (page) => widget(page).first().evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.frame')).display);

test('script-only page: the frame is out of view in its reserved height until back-check.css is in, then shows styled at once; one request', async ({ page }) => {
  await page.addInitScript(recordLayoutShifts);
  await page.addInitScript(() => addEventListener('backcheck:ready', (event) => (window.__ready = event.detail), true));
  const requests = [];
  page.on('request', (r) => r.url().endsWith('/widget/back-check.css') && requests.push(r.url()));
  const core = [];
  page.on('request', (r) => r.url().endsWith('.wasm') && core.push(r.url()));
  const styles = await hold(page, '**/widget/back-check.css');
  await page.goto('/test/blank.html');
  await page.waitForFunction(() => document.querySelector('back-check').shadowRoot.querySelector('.frame'));
  expect(await frameDisplay(page)).toBe('none');
  expect(await page.evaluate(() => window.__ready), 'backcheck:ready waits until the first screen shows').toBeUndefined();
  await page.waitForTimeout(300); // the element is in view: without the wait for its styles, the core would be on its way
  expect(core, 'the first screen first: the core waits for the styles').toEqual([]);
  await expect(startButton(page)).toBeHidden();
  expect(await widget(page).evaluate((el) => el.getBoundingClientRect().height)).toBe(540);

  // A second element on the page shares the one request.
  await page.evaluate(() => document.querySelector('main').append(Object.assign(document.createElement('back-check'), { locale: 'en' })));
  styles.release();
  await expect(startButton(page).first()).toBeVisible();
  expect(await page.evaluate(() => window.__ready)).toEqual({ printed: false });
  expect(await frameDisplay(page)).toBe('block');
  expect(await startButton(page).first().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(11, 110, 110)');
  await expect(widget(page).nth(1).getByRole('button', { name: en['intro.start'] })).toBeVisible();
  expect(requests).toHaveLength(1);
  await expect.poll(() => core.length).toBe(1);
  expect(await layoutShift(page)).toBe(0);
});

test('back-check.css cannot load: the widget still works, unstyled, in its reserved height, with one warning', async ({ page }) => {
  const problems = watchProblems(page);
  await page.addInitScript(recordLayoutShifts);
  await page.route('**/widget/back-check.css', (route) => route.fulfill({ status: 503, body: 'busy' }));
  await page.goto('/test/blank.html');
  await expect(startButton(page)).toBeVisible();
  expect(await widget(page).evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThanOrEqual(540);
  expect(await layoutShift(page)).toBe(0);
  await startButton(page).click();
  await expect(widget(page).getByRole('heading', { level: 2, name: en['step.safety.title'] })).toBeFocused();
  expect(problems).toEqual(['warning: <back-check>: its styles (back-check.css) could not be loaded: Error: HTTP 503']);
});

test('back-check.css never answers: after 4 s the widget shows unstyled and works, and takes its styles when they come', async ({ page }) => {
  const problems = watchProblems(page);
  const styles = await hold(page, '**/widget/back-check.css');
  await page.goto('/test/blank.html');
  await page.waitForFunction(() => document.querySelector('back-check').shadowRoot.querySelector('.frame'));
  expect(await frameDisplay(page)).toBe('none');
  // A second widget on the page waits for the same stylesheet: still one warning.
  await page.evaluate(() => document.querySelector('main').append(Object.assign(document.createElement('back-check'), { locale: 'en' })));
  await expect(startButton(page).first()).toBeVisible({ timeout: 8000 }); // hidden for good before the wait had an end
  await expect(startButton(page).nth(1)).toBeVisible();
  expect(problems).toEqual(['warning: <back-check>: its styles (back-check.css) have not arrived after 4 s: the widget shows unstyled until they do']);
  styles.release();
  await expect.poll(() => startButton(page).first().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(11, 110, 110)');
  await startButton(page).first().click();
  await expect(widget(page).first().getByRole('heading', { level: 2, name: en['step.safety.title'] })).toBeFocused();
});
