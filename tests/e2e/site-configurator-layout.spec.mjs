// Issue 15: on a desktop screen the snippets and their Copy buttons are in view
// in the (sticky) preview column without scrolling it: the preview scrolls
// inside its own box instead. The page is scrolled to where the column sticks.
import { expect, test } from '@playwright/test';

for (const [width, height] of [[1280, 800], [1440, 900]]) {
  test(`snippet and Copy buttons visible without scrolling at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/configure.html');
    await expect(page.locator('#preview back-check')).toBeAttached();
    await page.evaluate(() => scrollTo(0, document.querySelector('.config-output').getBoundingClientRect().top + scrollY - 16));
    for (const name of ['Copy snippet', 'Copy iframe snippet']) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      expect(box.y + box.height, name).toBeLessThanOrEqual(height);
    }
    const textarea = await page.locator('#snippet-element').boundingBox();
    expect(textarea.y + textarea.height).toBeLessThanOrEqual(height);
    expect(await page.locator('.config-output').evaluate((el) => el.scrollTop)).toBe(0);
    await page.screenshot({ path: `build/screenshots/configurator-${width}.png` });
  });
}
