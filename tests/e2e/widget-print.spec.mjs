// "Print / save as PDF": the summary prints on one page, without the host
// page around it, the buttons or the contact form.
import { expect, test } from '@playwright/test';
import { group, heading, next, open, start, widget } from './widget-helpers.mjs';

test('the printed summary is one page with the results only', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => (window.printCalls = (window.printCalls ?? 0) + 1);
  });
  await open(page);
  await start(page);
  const w = widget(page);
  await w.getByRole('checkbox', { name: 'None of these' }).check();
  await next(page);
  await w.getByLabel('Your age').fill('44');
  await w.getByRole('radio', { name: 'Getting worse' }).check();
  await next(page);
  await group(page, 'Left hip').getByRole('radio', { name: 'Pick a picture' }).check();
  await group(page, 'Left hip').getByRole('radio', { name: 'about 10°' }).check();
  await group(page, 'Left hip').getByRole('radio', { name: 'about 50°' }).check();
  for (let i = 0; i < 4; i++) await next(page);
  await expect(heading(page)).toHaveText('A physical therapist should take a look');
  await w.getByRole('button', { name: 'Print / save as PDF' }).click();
  expect(await page.evaluate(() => window.printCalls)).toBe(1);
  await expect(w).toHaveAttribute('data-backcheck-printing', '');

  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('h1').evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
  await expect(w.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(w.locator('svg[part~="chart"]')).toBeVisible();
  for (const hidden of ['[part~="lead"]', '[part~="nav"]', 'button']) {
    expect(await w.locator(hidden).evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().height > 0).length), hidden).toBe(0);
  }
  await page.screenshot({ path: 'build/screenshots/print-summary.png', fullPage: true });
  const pdf = (await page.pdf({ format: 'Letter', printBackground: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);

  // After printing the host page is left as it was.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(w).not.toHaveAttribute('data-backcheck-printing', '');
  expect(await page.locator('h1').evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
});
