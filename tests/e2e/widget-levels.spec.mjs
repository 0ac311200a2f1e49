// Every triage level reached with every way of answering the range-of-motion
// tests: compare, pictures, the phone sensor (emulated device orientation).
// Normal movement + no flags → self_care; limited inward rotation on both sides
// → pt_evaluation (hip_ir_limited_bilateral); a strong flag → urgent. The
// emergency level stops at the safety step whatever the mode (widget-emergency).
import { expect, test } from '@playwright/test';
import { COMPARE, group, heading, measure, next, open, shot, start, widget } from './widget-helpers.mjs';

const SIDES = [['Left hip', 'Left hip (left leg hanging)'], ['Right hip', 'Right hip (right leg hanging)']];
const INWARD = 'Turning in (foot swings out): which picture is closest?';
const OUTWARD = 'Turning out (foot swings in): which picture is closest?';

const MODES = {
  compare: {
    async rotation(page, side, limited) {
      await group(page, side).getByRole('radio', { name: COMPARE }).check();
      await group(page, side).getByRole('radio', { name: limited ? 'Turning in moves much less than turning out' : 'About the same both ways' }).check();
    },
    async extension(page, side) {
      await group(page, side).getByRole('radio', { name: COMPARE }).check();
      await group(page, side).getByRole('radio', { name: 'The thigh drops below the bed' }).check();
    },
  },
  pictures: {
    async rotation(page, side, limited) {
      const g = group(page, side);
      await g.getByRole('radio', { name: 'Pick a picture' }).check();
      await g.getByRole('group', { name: INWARD }).getByRole('radio', { name: `about ${limited ? 10 : 35}°` }).check();
      await g.getByRole('group', { name: OUTWARD }).getByRole('radio', { name: 'about 50°' }).check();
    },
    async extension(page, side) {
      await group(page, side).getByRole('radio', { name: 'Pick a picture' }).check();
      await group(page, side).getByRole('radio', { name: 'Thigh a little below the bed' }).check();
    },
  },
  sensor: {
    async rotation(page, side, limited) {
      const g = group(page, side);
      await g.getByRole('radio', { name: 'Measure with my phone' }).check();
      await measure(page, g.locator('[part~="sensor"]').nth(0), 'rotation', limited ? 20 : 35);
      await measure(page, g.locator('[part~="sensor"]').nth(1), 'rotation', 50);
    },
    async extension(page, side) {
      const g = group(page, side);
      await g.getByRole('radio', { name: 'Measure with my phone' }).check();
      await measure(page, g.locator('[part~="sensor"]'), 'extension', 12);
    },
  },
};

const LEVELS = {
  self_care: { flag: null, limited: false, headline: 'Your answers fit back pain that usually settles with self-care', cta: 'Not better in 2–4 weeks?' },
  pt_evaluation: { flag: null, limited: true, headline: 'A physical therapist should take a look', cta: 'Book an evaluation' },
  urgent: { flag: 'Osteoporosis or long-term steroid tablets, and the pain began after a fall or minor injury', limited: false, headline: 'Please see a doctor within the next few days', cta: 'See a doctor first' },
};

for (const [modeName, mode] of Object.entries(MODES)) {
  for (const [level, want] of Object.entries(LEVELS)) {
    test(`${level} by ${modeName}`, async ({ page }) => {
      await open(page);
      await start(page);
      const w = widget(page);
      await w.getByRole('checkbox', { name: want.flag ?? 'None of these' }).check();
      await next(page);
      await w.getByLabel('Your age').fill('35');
      await w.getByRole('radio', { name: 'Less than a week' }).check();
      await group(page, 'Have you had back pain like this before?').getByRole('radio', { name: 'No, this is the first time' }).check();
      await w.getByRole('radio', { name: 'Getting better' }).check();
      await next(page);
      for (const [rotationSide] of SIDES) await mode.rotation(page, rotationSide, want.limited);
      await next(page);
      for (const [, extensionSide] of SIDES) await mode.extension(page, extensionSide);
      await next(page);
      await next(page);
      await next(page);
      await expect(heading(page)).toHaveText(want.headline);
      await expect(w.getByRole('heading', { level: 3, name: want.cta })).toBeVisible();
      // Compared answers are worded as reported, measured ones against the typical range.
      const limitedText = modeName === 'compare' ? 'You reported that turning the hips in moves much less than turning out, on both sides.' : 'Turning the hips in is below the typical range on both sides.';
      if (want.limited) await expect(w.locator('.findings').getByText(limitedText, { exact: false })).toBeVisible();
      if (modeName !== 'compare') await expect(w.locator('svg[part~="chart"]')).toHaveAttribute('aria-label', /Turning in \(left\).*Turning out \(right\).*Extension \(right\)/);
      else await expect(w.locator('svg[part~="chart"]')).toHaveCount(0);
      await shot(page, `level-${level}-${modeName}`);
    });
  }
}
