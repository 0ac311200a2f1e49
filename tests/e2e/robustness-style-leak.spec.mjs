// BRIEF §4: the widget cannot leak styles out. The demo article's own
// elements have the same computed styles with the widget as without it (the
// same HTML with the widget's script and element removed on the way in).
import { expect, test } from '@playwright/test';

import { withoutWidget } from '../../bench/ready.mjs';
import { startButton } from './robustness-page.mjs';

const PROPS = ['display', 'fontFamily', 'fontSize', 'fontWeight', 'lineHeight', 'letterSpacing', 'color',
  'backgroundColor', 'marginTop', 'marginBottom', 'paddingLeft', 'borderTopWidth', 'textTransform', 'width'];

function hostStyles(props) {
  // The snippet's loader (a <script> after the element) is the widget's too.
  const own = [...document.querySelectorAll('body, body *')].filter((el) => !el.closest('back-check') && el.localName !== 'script');
  return own.map((el, i) => {
    const style = getComputedStyle(el);
    return `${i} ${el.localName}.${el.className} ${props.map((p) => style[p]).join('|')}`;
  });
}

test('the article looks the same with and without the widget (no style leaks out)', async ({ page }) => {
  await page.route('**/', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: withoutWidget(await response.text()) });
  });
  await page.goto('/');
  expect(await page.locator('back-check').count()).toBe(0);
  const without = await page.evaluate(hostStyles, PROPS);

  await page.unroute('**/');
  await page.goto('/');
  await expect(startButton(page)).toBeVisible();
  const withWidget = await page.evaluate(hostStyles, PROPS);

  expect(without.length).toBeGreaterThan(50);
  expect(withWidget).toEqual(without);
});
