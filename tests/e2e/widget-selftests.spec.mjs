// Issue 15: the hip tests can be done from the instructions alone. Each step
// says how long it takes, the rotation test says where zero is, how to sit,
// how far to turn and left then right, with a seated person on a chair,
// mirrored per side, turning in and out shown; the Thomas test says buttocks
// at the edge, hug the other knee, and its pictures are worded, not "−10°".
import { expect, test } from '@playwright/test';
// axe is injected as a script: this context bypasses the page's CSP (tested in widget-csp).
import { axeViolations, group, heading, next, open, shot, start, widget } from './widget-helpers.mjs';

test.use({ bypassCSP: true });

/** x of the end of the tested shin (the line from the knee) in a rotation drawing. */
const footX = (svg) =>
  svg.evaluate((el) => {
    const d = [...el.querySelectorAll('path')].map((p) => p.getAttribute('d')).find((d) => /^M\d+ 44L/.test(d));
    return Number(/L(-?[\d.]+)/.exec(d)[1]);
  });

async function toRotation(page) {
  await open(page);
  await start(page);
  const w = widget(page);
  await expect(w.locator('[part~="step-time"]')).toHaveText('About 1 minute');
  await w.getByRole('checkbox', { name: 'None of these' }).check();
  await next(page);
  await w.getByLabel('Your age').fill('44');
  await next(page);
  await expect(heading(page)).toHaveText('Hip rotation test');
}

for (const width of [360, 1280]) {
  test(`the hip tests explain themselves (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await toRotation(page);
    const w = widget(page);
    await expect(w.locator('[part~="step-time"]')).toHaveText(/About 3 minutes/);
    const how = w.locator('ol[part~="how"] li');
    await expect(how).toHaveCount(5);
    await expect(how.nth(0)).toContainText('knees bent at a right angle');
    await expect(how.nth(1)).toContainText('Start position (zero): the shin hangs straight down');
    await expect(how.nth(2)).toContainText('Stop as soon as your buttock starts to lift off the seat');
    await expect(how.nth(4)).toHaveText('Left leg first, then the right leg.');
    // Turning in and out shown, not only named, for each side, mirrored.
    for (const side of ['Left hip', 'Right hip']) {
      await expect(group(page, side).locator('[part~="demo"] figcaption')).toHaveText(['Turning in: the foot swings out', 'Turning out: the foot swings in']);
    }
    const demo = (side, n) => group(page, side).locator('[part~="demo"] svg').nth(n);
    expect(await footX(demo('Left hip', 0))).toBeGreaterThan(69); // left leg, on the viewer's right, foot out
    expect(await footX(demo('Left hip', 1))).toBeLessThan(69);
    expect(await footX(demo('Right hip', 0))).toBeLessThan(51); // mirrored
    expect(await footX(demo('Right hip', 1))).toBeGreaterThan(51);
    // The answer mode without tools says what it is.
    await expect(group(page, 'Left hip').getByRole('radio', { name: 'Compare', exact: true })).toHaveCount(0);
    await expect(group(page, 'Left hip').getByRole('radio', { name: 'Compare turning in with turning out (no tools)' })).toBeChecked();
    await group(page, 'Left hip').getByRole('radio', { name: 'Pick a picture' }).check();
    // Every picture is a person on a chair (the chair's seat and legs).
    const chairs = group(page, 'Left hip').locator('[part~="picture"] svg path[d="M34 38h52M38 38v40M82 38v40"]');
    await expect(chairs).toHaveCount(8);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, `selftests-rotation-${width}`);
    await next(page);

    await expect(heading(page)).toHaveText('Hip extension test');
    await expect(w.locator('[part~="step-time"]')).toHaveText(/About 3 minutes/);
    await expect(w.locator('ol[part~="how"] li').nth(0)).toContainText('buttocks are right at the edge');
    await expect(w.locator('ol[part~="how"] li').nth(1)).toContainText('Hug one knee to your chest');
    await expect(w.locator('ol[part~="how"] li').nth(2)).toContainText('Let the other leg hang over the edge');
    const left = group(page, 'Left hip (left leg hanging)');
    await expect(left.getByRole('radio', { name: 'Say where the thigh rests' })).toBeChecked();
    await left.getByRole('radio', { name: 'Pick a picture' }).check();
    const pics = left.locator('[part~="picture"]');
    await expect(pics).toHaveText(['Thigh stays above the bed', 'Thigh level with the bed', 'Thigh a little below the bed', 'Thigh well below the bed']);
    await expect(left.locator('[part~="pictures"]')).not.toContainText('°');
    await left.getByRole('radio', { name: 'Thigh stays above the bed' }).check();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, `selftests-extension-${width}`);
    await next(page);
    await expect(w.locator('[part~="step-time"]')).toHaveText(/About 2 minutes/);
  });
}

test('the intro gives an honest time: the steps add up to about 10 minutes', async ({ page }) => {
  await open(page);
  await expect(widget(page).getByRole('heading', { level: 2 })).toHaveText('How is your back? A 10-minute self-check');
  await expect(widget(page).getByText(/two simple hip tests \(you need a chair and a bed\)/)).toBeVisible();
});
