// BRIEF §4: zero layout shift on the host page. Measured with the browser's
// own layout-shift entries (what CLS sums) on the demo article, opened at
// #self-check (the article's own "Take the self-check" link) so that the
// widget and the text under it are in the viewport, where a shift counts.
import { expect, test } from '@playwright/test';

import { failureNotice, layoutShift, recordLayoutShifts, startButton } from './robustness-page.mjs';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(recordLayoutShifts);
});

for (const [label, viewport] of [['desktop', { width: 1280, height: 720 }], ['phone', { width: 360, height: 740 }]])
test(`the host page does not shift while the widget loads, slowly or not at all (${label})`, async ({ page }) => {
  await page.setViewportSize(viewport);
  await page.route('**/widget/backcheck-core.wasm', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/#self-check');
  await expect(startButton(page)).toBeVisible({ timeout: 15_000 });
  expect(await layoutShift(page), 'cumulative layout shift, slow core').toBe(0);

  await page.route('**/widget/backcheck-core.wasm', (route) => route.abort('blockedbyclient'));
  await page.reload();
  await expect(failureNotice(page)).toBeVisible();
  expect(await layoutShift(page), 'cumulative layout shift, failed core').toBe(0);
});
