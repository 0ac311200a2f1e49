// Issue 15: the plan is worth following, and the results speak plainly.
// Self-care and PT-evaluation results get 2–4 moves picked by the core, each
// with a drawing, the dose and a "stop if" line; the findings are ordered and
// capped; evidence is said once; the core version is only on the printout.
import { expect, test } from '@playwright/test';
// axe is injected as a script: this context bypasses the page's CSP (tested in widget-csp).
import { axeViolations, COMPARE, group, heading, next, open, picture, shot, skip, start, widget } from './widget-helpers.mjs';

test.use({ bypassCSP: true });

const INWARD = 'Turning in (foot swings out): which picture is closest?';
const OUTWARD = 'Turning out (foot swings in): which picture is closest?';

const CHAIR = 'M34 38h52M38 38v40M82 38v40';

/** A journey: the safety checklist, the about step, the hip tests by comparing, the habits. */
async function journey(page, { flag = null, limited = false, thighAbove = false, bridge = null, sitting = null, worse = false } = {}) {
  await open(page);
  await start(page);
  const w = widget(page);
  await w.getByRole('checkbox', { name: flag ?? 'None of these' }).check();
  await next(page);
  await w.getByLabel('Your age').fill('35');
  await w.getByRole('radio', { name: 'Less than a week' }).check();
  await group(page, 'Have you had back pain like this before?').getByRole('radio', { name: 'No, this is the first time' }).check();
  await w.getByRole('radio', { name: worse ? 'Getting worse' : 'Getting better' }).check();
  await next(page);
  for (const side of ['Left hip', 'Right hip']) {
    await group(page, side).getByRole('radio', { name: COMPARE }).check();
    await group(page, side).getByRole('radio', { name: limited ? 'Turning in moves much less than turning out' : 'About the same both ways' }).check();
  }
  await next(page);
  for (const [side, above] of [['Left hip (left leg hanging)', false], ['Right hip (right leg hanging)', thighAbove]]) {
    await group(page, side).getByRole('radio', { name: COMPARE }).check();
    await group(page, side).getByRole('radio', { name: above ? 'The thigh stays above the bed' : 'The thigh rests level with the bed' }).check();
  }
  await next(page);
  if (sitting != null) await w.getByLabel('About how many hours a day do you sit?').fill(String(sitting));
  if (bridge != null) await w.getByLabel('Bridge hold: how many seconds can you hold it?').fill(String(bridge));
  await next(page);
  await skip(page); // PHQ-4
}

const moves = (page) => widget(page).locator('[part~="move"]');

async function expectMovesComplete(page, codes) {
  await expect(moves(page)).toHaveCount(codes.length);
  for (const [i, code] of codes.entries()) {
    const move = moves(page).nth(i);
    await expect(move).toHaveAttribute('data-plan', code);
    const box = await move.locator('svg').boundingBox();
    expect(box.width, `${code} drawing width`).toBeGreaterThanOrEqual(200); // large enough to follow
    await expect(move.locator('[part~="dose"]')).toContainText(/How much: .*(times|minutes|swings)/);
    await expect(move.locator('[part~="stop-if"]')).toContainText(/^Stop if \w/);
  }
}

test('self-care: two general moves with drawing, dose and stop-if; evidence said once; no version on screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await journey(page);
  await expect(heading(page)).toHaveText('Your answers fit back pain that usually settles with self-care');
  await expectMovesComplete(page, ['bridge', 'walking']);
  const w = widget(page);
  await expect(w.getByText(/Evidence:/)).toHaveCount(0);
  await expect(w.locator('[part~="print-footer"]')).toBeHidden();
  expect(await w.locator('[part~="results"]').evaluate((el) => el.innerText)).not.toMatch(/core \d+\.\d+\.\d+/);
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, 'plan-self_care-360');
});

for (const width of [360, 1280]) {
  test(`PT evaluation: the moves follow the findings, at most four, the right knee down (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await journey(page, { limited: true, thighAbove: true, bridge: 30, sitting: 10, worse: true });
    await expect(heading(page)).toHaveText('A physical therapist should take a look');
    await expectMovesComplete(page, ['hip_rotation_drill', 'hip_flexor_stretch', 'bridge', 'walking']);
    const drill = moves(page).nth(0);
    await expect(drill).toContainText('Hip rotation drill (both sides)');
    await expect(drill).toContainText('Sit tall on a firm chair');
    await expect(drill.locator(`path[d="${CHAIR}"]`)).toHaveCount(1); // seated in the text, on a chair in the drawing
    await expect(moves(page).nth(1)).toContainText('Hip flexor stretch (right)');
    await expect(moves(page).nth(1)).toContainText('Kneel on your right knee');

    // Findings: what matters first, three shown, the rest behind "More details".
    const w = widget(page);
    const shown = w.locator('.findings').first().locator('li');
    await expect(shown).toHaveCount(3);
    await expect(shown.nth(0)).toContainText('The pain is getting worse.');
    await expect(shown.nth(1)).toContainText('turning the hips in moves much less than turning out, on both sides');
    const more = w.locator('[part~="more-findings"]');
    await expect(more.locator('summary')).toHaveText(/More details \(\d more\)/);
    await expect(more.locator('li').first()).toBeHidden();
    await more.locator('summary').click();
    await expect(more.locator('li').first()).toBeVisible();
    await expect(w.getByText(/Evidence:/)).toHaveCount(0);
    await expect(w.locator('[part~="evidence"]')).toHaveCount(1);
    await expect(w.locator('[part~="evidence"]')).toHaveText(/not a diagnosis.*Your hip results come from what you saw yourself/);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, `plan-pt_evaluation-${width}`);
  });
}

test('urgent: no exercises before a doctor has seen it', async ({ page }) => {
  await journey(page, { flag: 'Osteoporosis or long-term steroid tablets, and the pain began after a fall or minor injury', limited: true });
  await expect(heading(page)).toHaveText('Please see a doctor within the next few days');
  await expect(moves(page)).toHaveCount(0);
});

test('a weak bridge alone brings core and buttock work', async ({ page }) => {
  await journey(page, { bridge: 20 });
  await expectMovesComplete(page, ['bridge', 'bird_dog']);
  await expect(moves(page).nth(1)).toContainText('Bird dog (trunk and buttocks)');
});

test('the sacroiliac joint is explained where it appears', async ({ page }) => {
  await open(page);
  await start(page);
  const w = widget(page);
  await w.getByRole('checkbox', { name: 'None of these' }).check();
  await next(page);
  await next(page);
  await picture(page, 'Left hip', INWARD, 10);
  await picture(page, 'Left hip', OUTWARD, 50);
  await picture(page, 'Right hip', INWARD, 35);
  await picture(page, 'Right hip', OUTWARD, 50);
  await next(page);
  for (let i = 0; i < 3; i++) await skip(page);
  await expect(w.locator('.findings').getByText(/sacroiliac joint, where the spine meets the pelvis/)).toBeVisible();
});

test('the printout carries the core version', async ({ page }) => {
  await journey(page);
  await page.emulateMedia({ media: 'print' });
  await expect(widget(page).locator('[part~="print-footer"]')).toHaveText(/^ Self-check core \d+\.\d+\.\d+$/);
  await expect(widget(page).locator('[part~="print-footer"]')).toBeVisible();
});
