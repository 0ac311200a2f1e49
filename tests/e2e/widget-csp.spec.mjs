// Under the demo server's strict CSP (no inline script or style, no eval) the
// widget styles itself with constructable stylesheets and runs a whole journey
// without a single CSP violation.
import { expect, test } from '@playwright/test';
import { group, heading, next, open, start, watch, widget } from './widget-helpers.mjs';

test('a full journey under the strict CSP causes no violation and is styled', async ({ page }) => {
  const problems = watch(page);
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  // The page's CSP header, read without a navigation: a first visit left at
  // once would abort the widget's catalog fetch (started after its first
  // paint) and log that on the way out.
  const response = await page.request.get('/test/blank.html');
  const csp = response.headers()['content-security-policy'];
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).toContain("style-src 'self'");
  await open(page);
  await start(page);
  const w = widget(page);
  // Styled: the adopted sheet applies (an inline <style> would have been blocked).
  expect(await w.getByRole('button', { name: 'Next' }).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(11, 110, 110)');
  expect(await w.evaluate((el) => el.shadowRoot.adoptedStyleSheets.length)).toBeGreaterThan(0);
  expect(await w.evaluate((el) => el.shadowRoot.querySelectorAll('style, [style]').length)).toBe(0);
  await w.getByRole('checkbox', { name: 'None of these' }).check();
  await next(page);
  await next(page);
  await group(page, 'Left hip').getByRole('radio', { name: 'Pick a picture' }).check();
  await group(page, 'Left hip').getByRole('radio', { name: 'about 10°' }).check();
  for (let i = 0; i < 4; i++) await next(page);
  await expect(heading(page)).toHaveText('A physical therapist should take a look');
  await expect(w.locator('[part~="lead-form"]')).toBeVisible();
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  expect(problems).toEqual([]);
});
