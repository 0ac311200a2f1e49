// The visitor's catalog (locales/<lang>.json) is fetched, not bundled. While it
// loads the reserved box shows the intro from bundled texts; if it cannot load (network error, 404,
// broken JSON) the bundled fallback texts say so and offer the clinic's phone,
// with one console warning, nothing uncaught and no layout shift.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

import { hold, layoutShift, recordLayoutShifts } from './robustness-page.mjs';
import { widget } from './widget-helpers.mjs';

const catalog = (lang) => JSON.parse(readFileSync(new URL(`../../web/locales/${lang}.json`, import.meta.url), 'utf8'));

/** Console warnings/errors and uncaught errors, without the browser's own line for a blocked request. */
function watchAll(page) {
  const lines = [];
  page.on('pageerror', (e) => lines.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if ((m.type() === 'warning' || m.type() === 'error') && !/Failed to load resource/.test(m.text())) lines.push(`${m.type()}: ${m.text()}`);
  });
  return lines;
}

const faults = {
  'network error': (route) => route.abort('failed'),
  '404': (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }),
  'invalid JSON': (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"widget.title": ' }),
};

for (const [page_, lang] of [['/test/blank.html', 'en'], ['/test/spanish.html', 'es']])
  for (const [fault, handler] of Object.entries(faults))
    test(`${lang}: catalog ${fault} → a clear message and the clinic's phone`, async ({ page }) => {
      const problems = watchAll(page);
      await page.route('**/widget/locales/*.json', handler);
      await page.goto(page_);
      const texts = catalog(lang);
      const alert = widget(page).getByRole('alert');
      await expect(alert).toContainText(texts['widget.failed']);
      const call = alert.getByRole('link', { name: texts['cta.call'].replace('{phone}', '+1 555 010 0100') });
      await expect(call).toHaveAttribute('href', 'tel:+15550100100');
      await expect(widget(page)).toContainText(texts['widget.title']);
      expect((await widget(page).boundingBox()).height).toBeGreaterThanOrEqual(540);
      await page.waitForTimeout(300); // a late render or a second warning would show up here
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^warning: <back-check>: texts \\(${lang}\\) could not be loaded`));
    });

test('a slow catalog: the intro from bundled texts in the reserved box, no layout shift', async ({ page }) => {
  await page.addInitScript(recordLayoutShifts);
  const problems = watchAll(page);
  const catalogs = await hold(page, '**/widget/locales/*.json');
  await page.goto('/#self-check');
  const start = widget(page).getByRole('button', { name: catalog('en')['intro.start'] });
  await expect(start).toBeVisible();
  expect((await widget(page).boundingBox()).height).toBeGreaterThanOrEqual(540);
  const arrived = page.waitForResponse('**/widget/locales/en.json');
  catalogs.release();
  await arrived;
  await expect(start).toBeVisible();
  expect(await layoutShift(page), 'cumulative layout shift, slow catalog').toBe(0);
  expect(problems).toEqual([]);
});

test('a failed catalog does not shift the host page', async ({ page }) => {
  await page.addInitScript(recordLayoutShifts);
  await page.route('**/widget/locales/*.json', (route) => route.abort('failed'));
  await page.goto('/#self-check');
  await expect(widget(page).getByRole('alert')).toContainText(catalog('en')['widget.failed']);
  await page.waitForTimeout(300);
  expect(await layoutShift(page), 'cumulative layout shift, failed catalog').toBe(0);
});

test('the catalog is fetched once per page, however often the element re-renders', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => r.url().includes('/locales/') && fetched.push(new URL(r.url()).pathname));
  await page.goto('/test/blank.html');
  await expect(widget(page).getByRole('button', { name: catalog('en')['intro.start'] })).toBeVisible();
  await widget(page).evaluate((el) => {
    el.setAttribute('state', 'NY');
    el.setAttribute('accent', 'teal');
    const copy = el.cloneNode();
    document.body.append(copy);
  });
  await expect(widget(page).nth(1).getByRole('button', { name: catalog('en')['intro.start'] })).toBeVisible();
  expect(fetched).toEqual(['/widget/locales/en.json']);
});
