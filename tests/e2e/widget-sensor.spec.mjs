// Issue 15: the phone is strapped to the visitor's own leg, so it measures
// hands-free (countdown, then it records by itself once steady, with a buzz);
// it says what to strap it with; "someone is helping me" gives a Record button;
// an implausible reading (86° of outward turn) is refused with a retry; with no
// sensor the pictures are offered first. Synthetic DeviceOrientation events.
// axe finds nothing in any phase: calibrate, countdown, hold still, steady,
// recorded, refused, no sensor.
import { expect, test } from '@playwright/test';
import { axeViolations, group, heading, next, open, shot, skip, start, tilt, widget } from './widget-helpers.mjs';

test.use({ bypassCSP: true }); // axe is injected as a script (the CSP is tested in widget-csp)

async function toRotation(page) {
  await page.addInitScript(() => {
    window.buzzed = [];
    navigator.vibrate = (ms) => (window.buzzed.push(ms), true);
  });
  await open(page);
  await start(page);
  await skip(page);
  await next(page);
  await expect(heading(page)).toHaveText('Hip rotation test');
  const g = group(page, 'Left hip');
  await g.getByRole('radio', { name: 'Measure with my phone' }).check();
  return g;
}

/** Starts the sensor and calibrates flat; leaves the box on its hands-free measuring step. */
async function calibrate(page, box, then = 'Start: 5-second countdown') {
  await box.getByRole('button', { name: 'Start the sensor' }).click();
  await expect(box.getByRole('button', { name: 'Calibrate' })).toBeVisible();
  expect(await axeViolations(page), 'calibrate').toEqual([]);
  const countdown = box.getByRole('button', { name: then });
  await expect(async () => {
    await tilt(page, 0.5);
    await box.getByRole('button', { name: 'Calibrate' }).click({ timeout: 1000 });
    await expect(countdown).toBeVisible({ timeout: 1000 });
  }).toPass();
  return countdown;
}

/** Keeps the leg still at `degrees` of rotation until `done` shows. */
async function holdStill(page, box, degrees, done) {
  await expect(async () => {
    await tilt(page, 90.5 - degrees);
    await expect(done).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 15_000 });
}

test('hands-free: a countdown, then it records by itself when steady, with a buzz', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const g = await toRotation(page);
  const box = g.locator('[part~="sensor"]').first();
  await expect(box.locator('[part~="strap"]')).toContainText('long sock, an elastic bandage, a sports armband');
  await expect(box.getByRole('checkbox', { name: 'Someone is helping me (they press Record)' })).not.toBeChecked();
  const countdown = await calibrate(page, box);
  await countdown.click();
  await expect(box.getByRole('status').first()).toHaveText('Get into position: 5…');
  await expect(box.getByRole('button', { name: 'Record this angle' })).toHaveCount(0);
  expect(await axeViolations(page), 'countdown').toEqual([]);
  await shot(page, 'sensor-handsfree-360');
  await expect(box.getByText('Hold still in position: it records by itself')).toBeVisible({ timeout: 8000 });
  expect(await axeViolations(page), 'hold still').toEqual([]);
  await holdStill(page, box, 25, box.getByText('Recorded: 25°'));
  expect(await page.evaluate(() => window.buzzed)).toEqual([200]);
  expect(await axeViolations(page), 'recorded').toEqual([]);
});

test('an implausible reading (86° outward) is refused with a friendly retry', async ({ page }) => {
  const g = await toRotation(page);
  const box = g.locator('[part~="sensor"]').nth(1); // turning out
  const countdown = await calibrate(page, box);
  await countdown.click();
  await expect(box.getByText('Hold still in position: it records by itself')).toBeVisible({ timeout: 8000 });
  const refused = box.getByText('That reading (86°) is more than a hip can usually move: the phone may have slipped. Tighten the strap and try again.');
  await holdStill(page, box, 86, refused);
  await expect(box.getByText(/Recorded:/)).toHaveCount(0);
  await expect(box.getByRole('button', { name: 'Try again: 5-second countdown' })).toBeVisible();
  expect(await axeViolations(page), 'refused').toEqual([]);
  await shot(page, 'sensor-implausible');
});

test('someone helping presses Record; an implausible reading is refused there too', async ({ page }) => {
  const g = await toRotation(page);
  const box = g.locator('[part~="sensor"]').first();
  await box.getByRole('checkbox', { name: 'Someone is helping me (they press Record)' }).check();
  const record = await calibrate(page, box, 'Record this angle');
  await expect(async () => {
    await tilt(page, 90.5 - 80);
    await expect(box.getByText('Steady: you can record now.')).toBeVisible({ timeout: 500 });
  }).toPass();
  expect(await axeViolations(page), 'steady, Record button').toEqual([]);
  await record.click();
  await expect(box.getByText('That reading (80°) is more than a hip can usually move')).toBeVisible();
  await expect(box.getByText(/Recorded:/)).toHaveCount(0);
  expect(await axeViolations(page), 'refused, someone helping').toEqual([]);
});

test('no sensor: it says so and offers the pictures first', async ({ page }) => {
  await page.addInitScript(() => delete window.DeviceOrientationEvent);
  const g = await toRotation(page);
  await g.getByRole('button', { name: 'Start the sensor' }).first().click();
  await expect(g.getByText('No motion sensor answered on this device. Pick a picture instead').first()).toBeVisible();
  expect(await axeViolations(page), 'no sensor').toEqual([]);
  await g.getByRole('button', { name: 'Use the pictures instead' }).first().click();
  await expect(g.getByRole('radio', { name: 'Pick a picture' })).toBeChecked();
  await expect(g.getByRole('group', { name: 'Turning in (foot swings out): which picture is closest?' })).toBeVisible();
  await expect(widget(page).getByRole('button', { name: 'Calibrate' })).toHaveCount(0);
});
