// Issue 18: a page that prints the widget's first screen loads back-check.js
// through the snippet's inline loader (web/boot.ts), after the page's load
// event or at the visitor's first touch, so the page's own first paint never
// shares the network with the widget. A press on the printed Start before the
// script is here is not lost: the element presses it again once it runs.
// The demo server prints the loader as the configurator's snippet does
// (site/server.mjs, withFirstScreen).
import { expect, test } from '@playwright/test';

import { axeViolations } from './site-helpers.mjs';
import { en, hold, preparingStatus, startButton, watchProblems, widget } from './robustness-page.mjs';

test.use({ viewport: { width: 360, height: 740 } });

const safetyHeading = (page) => widget(page).getByRole('heading', { level: 2, name: en['step.safety.title'] });

const holdScript = (page) => hold(page, '**/widget/back-check.js');

for (const path of ['/', '/test/first-screen.html']) {
  test(`${path}: back-check.js is requested only after the page's load event, and the widget is then ready without a touch`, async ({ page }) => {
    const problems = watchProblems(page);
    await page.addInitScript(() => addEventListener('backcheck:ready', (event) => (window.__ready = event.detail), true));
    await page.goto(path);
    await page.waitForFunction(() => window.__ready !== undefined);
    expect(await page.evaluate(() => window.__ready)).toEqual({ printed: true });
    const timing = await page.evaluate(() => {
      const load = performance.getEntriesByType('navigation')[0].loadEventStart;
      const script = performance.getEntriesByType('resource').find((r) => r.name.endsWith('/widget/back-check.js'));
      return { load, script: script?.startTime };
    });
    expect(timing.load).toBeGreaterThan(0);
    expect(timing.script, JSON.stringify(timing)).toBeGreaterThanOrEqual(timing.load);
    expect(await page.locator('script[type="module"][src$="/widget/back-check.js"]').count(), 'one module tag, added by the loader').toBe(1);
    expect(problems).toEqual([]);
  });
}

// axe is injected into the page: these tests lift the page's CSP (the loading tests above keep it).
test.describe('presses before the script', () => {
  test.use({ bypassCSP: true });

  test('Start pressed before the script is here: the loader asks for it at once, and step 1 opens when it runs', async ({ page }) => {
    const problems = watchProblems(page);
    const script = await holdScript(page);
    // A page whose load event never comes while the visitor reads (a slow image): only the press can start the widget.
    const image = await hold(page, '**/favicon.svg');
    await page.goto('/test/first-screen.html', { waitUntil: 'commit' });
    await expect(startButton(page)).toBeVisible();
    expect(await page.evaluate(() => customElements.get('back-check'))).toBeUndefined();
    expect(await axeViolations(page)).toEqual([]);

    await startButton(page).click();
    await script.asked; // requested by the press, not by the load event (held by the image)
    await expect(startButton(page)).toBeFocused();
    // Meanwhile the pressed Start looks busy (back-check.css), and the screen stays accessible.
    await expect(startButton(page)).toHaveCSS('cursor', 'progress');
    expect(await axeViolations(page)).toEqual([]);
    script.release();
    await expect(safetyHeading(page)).toBeFocused();
    image.release();
    expect(problems).toEqual([]);
  });

  test('keyboard only: Tab to the printed Start and press Enter before the script is here; step 1 opens once it runs', async ({ page }) => {
    const problems = watchProblems(page);
    const script = await holdScript(page);
    await page.goto('/test/first-screen.html', { waitUntil: 'commit' });
    await expect(startButton(page)).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(startButton(page)).toBeFocused();
    await script.asked; // focus alone asks for the script
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => customElements.get('back-check'))).toBeUndefined();
    script.release();
    await expect(safetyHeading(page)).toBeFocused();
    expect(problems).toEqual([]);
  });

  test('a press while the core is still loading waits with the usual status, then goes on', async ({ page }) => {
    const script = await holdScript(page);
    const core = await hold(page, '**/widget/backcheck-core.wasm');
    await page.goto('/test/first-screen.html', { waitUntil: 'commit' });
    await startButton(page).click();
    script.release();
    await expect(preparingStatus(page)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    core.release();
    await expect(safetyHeading(page)).toBeFocused();
  });
});
