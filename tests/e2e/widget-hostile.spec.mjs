// A host page whose global CSS restyles buttons, inputs, svg, text and layout
// with !important cannot break the widget (shadow DOM, and :host !important
// rules for the inherited text properties).
import { expect, test } from '@playwright/test';
import { group, heading, next, open, shot, start, watch, widget } from './widget-helpers.mjs';

test('the hostile page cannot restyle or hide the widget', async ({ page }) => {
  const problems = watch(page);
  await open(page, '/test/hostile.html');
  // The page's own text is wrecked: proof that its CSS is active.
  expect(await page.locator('h1').evaluate((el) => getComputedStyle(el).textTransform)).toBe('uppercase');
  await start(page);
  const w = widget(page);
  const style = (locator, ...props) => locator.evaluate((el, names) => names.map((n) => getComputedStyle(el)[n]), props);
  const [size, spacing, transform, color] = await style(heading(page), 'fontSize', 'letterSpacing', 'textTransform', 'color');
  expect(parseFloat(size)).toBeGreaterThan(18);
  expect(spacing).toBe('normal');
  expect(transform).toBe('none');
  expect(color).not.toBe('rgb(255, 0, 255)');
  const nextButton = w.getByRole('button', { name: 'Next' });
  await expect(nextButton).toBeVisible();
  const [display, background, minHeight] = await style(nextButton, 'display', 'backgroundColor', 'minHeight');
  expect(display).not.toBe('none');
  expect(background).toBe('rgb(11, 110, 110)');
  expect(minHeight).toBe('44px');
  const box = await w.locator('svg').first().boundingBox();
  expect(box.width).toBeGreaterThan(50);
  expect(await w.locator('svg path').first().evaluate((el) => getComputedStyle(el).stroke)).not.toBe('rgb(0, 255, 0)');
  await shot(page, 'hostile-safety');

  await w.getByRole('checkbox', { name: 'None of these' }).check();
  await next(page);
  await w.getByLabel('Your age').fill('44');
  await next(page);
  await group(page, 'Left hip').getByRole('radio', { name: 'Pick a picture' }).check();
  await group(page, 'Left hip').getByRole('radio', { name: 'about 10°' }).check();
  for (let i = 0; i < 4; i++) await next(page);
  await expect(heading(page)).toHaveText('A physical therapist should take a look');
  await expect(w.locator('svg[part~="chart"]')).toBeVisible();
  await shot(page, 'hostile-results');
  expect(problems).toEqual([]);
});
