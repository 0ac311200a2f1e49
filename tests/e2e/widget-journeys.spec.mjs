// Full visitor journeys to each triage level, one per way of answering the
// range-of-motion tests (compare, pictures, the phone's motion sensor), with
// the real WebAssembly core. Emergency has its own file (widget-emergency).
import { expect, test } from '@playwright/test';
import { compare, group, measure, next, open, picture, shot, skip, start, watch, widget } from './widget-helpers.mjs';

async function about(page, { age, duration, episodes, location, leg, trend, peg }) {
  const w = widget(page);
  await w.getByLabel('Your age').fill(String(age));
  if (duration) await w.getByRole('radio', { name: duration, exact: true }).check();
  if (episodes) await group(page, 'Have you had back pain like this before?').getByRole('radio', { name: episodes }).check();
  if (location) await w.getByRole('radio', { name: location }).check();
  if (leg) await group(page, 'Does it go into a leg?').getByRole('radio', { name: leg, exact: true }).check();
  if (trend) await w.getByRole('radio', { name: trend }).check();
  if (peg) {
    for (const [item, value] of Object.entries(peg)) {
      await group(page, item).getByRole('radio', { name: String(value), exact: true }).check();
    }
  }
}

test('self-care journey, answering every test by comparing', async ({ page }) => {
  const problems = watch(page);
  const events = [];
  await page.exposeFunction('recordEvent', (e) => events.push(e));
  await open(page);
  await page.evaluate(() => {
    for (const type of ['backcheck:step', 'backcheck:result', 'backcheck:cta'])
      document.addEventListener(type, (e) => window.recordEvent({ type, detail: e.detail }));
  });
  await shot(page, 'journey-self-care-0-intro');
  await start(page);
  await widget(page).getByRole('checkbox', { name: 'None of these' }).check();
  await shot(page, 'journey-self-care-1-safety');
  await next(page);
  await about(page, {
    age: 35,
    duration: 'Less than a week',
    episodes: 'No, this is the first time',
    location: 'In the back only', // no leg question then (the flow prevents "back only" + a leg)
    trend: 'Getting better',
    peg: { 'What number best describes your pain on average?': 3, 'How much has pain interfered with your enjoyment of life?': 2, 'How much has pain interfered with your general activity?': 2 },
  });
  await shot(page, 'journey-self-care-2-about');
  await next(page);
  await compare(page, 'Left hip', 'About the same both ways');
  await compare(page, 'Right hip', 'About the same both ways');
  await shot(page, 'journey-self-care-3-rotation');
  await next(page);
  await compare(page, 'Left hip (left leg hanging)', 'The thigh drops below the bed');
  await compare(page, 'Right hip (right leg hanging)', 'The thigh drops below the bed');
  await shot(page, 'journey-self-care-4-extension');
  await next(page);
  const w = widget(page);
  await w.getByLabel('About how many hours a day do you sit?').fill('4');
  await w.getByRole('radio', { name: 'Some activity, such as walks' }).check();
  await w.getByLabel('Bridge hold: how many seconds can you hold it?').fill('120');
  await shot(page, 'journey-self-care-5-habits');
  await next(page);
  for (const item of ['Feeling nervous, anxious or on edge', 'Not being able to stop or control worrying', 'Little interest or pleasure in doing things', 'Feeling down, depressed or hopeless'])
    await group(page, item).getByRole('radio', { name: 'Not at all' }).check();
  await shot(page, 'journey-self-care-6-phq4');
  await next(page);

  await expect(w.getByRole('heading', { level: 2 })).toHaveText('Your answers fit back pain that usually settles with self-care');
  await expect(w.getByRole('heading', { name: 'Your plan' })).toBeVisible();
  await expect(w.getByText('Stay active: keep up your daily activities')).toBeVisible();
  await expect(w.getByRole('heading', { name: 'Not better in 2–4 weeks?' })).toBeVisible();
  await expect(w.getByText(/Every US state lets you see a physical therapist.*Limits may apply in California and with your insurance/)).toBeVisible();
  await expect(w.locator('[part~="lead"]')).toBeAttached();
  await expect(w.getByRole('link', { name: /Book a check/ })).toHaveAttribute('href', /^https:\/\/example\.com\/book\?.*utm_source=backcheck/);
  // Compared answers carry no degrees: no chart.
  await expect(w.locator('svg[part~="chart"]')).toHaveCount(0);
  await shot(page, 'journey-self-care-7-results');

  // Analytics events: step names and completion only, never an answer, nor the level (no analytics-levels here).
  const steps = events.filter((e) => e.type === 'backcheck:step').map((e) => e.detail.step);
  expect(steps).toEqual(['safety', 'about', 'hipRotation', 'hipExtension', 'habits', 'phq4']);
  expect(events.find((e) => e.type === 'backcheck:result').detail).toEqual({});
  for (const e of events) for (const key of Object.keys(e.detail)) expect(['step', 'index', 'total', 'action']).toContain(key);
  expect(problems).toEqual([]);
});

test('pt_evaluation journey, answering the tests with pictures', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await start(page);
  await widget(page).getByRole('checkbox', { name: 'None of these' }).check();
  await next(page);
  await about(page, { age: 40, duration: '1 to 4 weeks', episodes: 'Once', trend: 'About the same' });
  await next(page);
  const inward = 'Turning in (foot swings out): which picture is closest?';
  const outward = 'Turning out (foot swings in): which picture is closest?';
  await picture(page, 'Left hip', inward, 10);
  await picture(page, 'Left hip', outward, 50);
  await picture(page, 'Right hip', inward, 35);
  await picture(page, 'Right hip', outward, 50);
  await shot(page, 'journey-pictures-3-rotation');
  await next(page);
  const where = 'Where does the thigh rest? Pick the closest picture.';
  await picture(page, 'Left hip (left leg hanging)', where, 'Thigh a little below the bed');
  await picture(page, 'Right hip (right leg hanging)', where, 'Thigh a little below the bed');
  await shot(page, 'journey-pictures-4-extension');
  await next(page);
  await next(page); // habits left empty: not assessed
  await next(page); // PHQ-4 left empty
  const w = widget(page);
  await expect(w.getByRole('heading', { level: 2 })).toHaveText('A physical therapist should take a look');
  const finding = w.getByRole('listitem').filter({ hasText: 'Turning the hip in is below the typical range and less than turning out (left)' });
  await expect(finding).toBeVisible();
  await expect(w.locator('[part~="evidence"]')).toHaveText(/for some of them the research is still weak\. Your hip results are estimates from the pictures/);
  await expect(w.getByText('Hip rotation drill (left)')).toBeVisible();
  const chart = w.locator('svg[part~="chart"]');
  await expect(chart).toHaveAttribute('aria-label', /Turning in \(left\): about 10° \(typical 30–40°\).*Turning in \(right\): about 35°.*Extension \(right\): about 15°/);
  await expect(w.getByText(/Not assessed \(skipped\): .*habits and strength/)).toBeVisible();
  await shot(page, 'journey-pictures-7-results');
  expect(problems).toEqual([]);
});

test('urgent journey, measuring with the phone (emulated device orientation)', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await start(page);
  await widget(page).getByRole('checkbox', { name: 'You have had cancer' }).check();
  await next(page);
  await about(page, { age: 60 });
  await next(page);
  for (const [side, ir] of [['Left hip', 25], ['Right hip', 35]]) {
    const g = group(page, side);
    await g.getByRole('radio', { name: 'Measure with my phone' }).check();
    const boxes = g.locator('[part~="sensor"]');
    await expect(boxes).toHaveCount(2);
    await measure(page, boxes.nth(0), 'rotation', ir);
    await measure(page, boxes.nth(1), 'rotation', 45);
  }
  await shot(page, 'journey-sensor-3-rotation');
  await next(page);
  const g = group(page, 'Left hip (left leg hanging)');
  await g.getByRole('radio', { name: 'Measure with my phone' }).check();
  await measure(page, g.locator('[part~="sensor"]'), 'extension', 12);
  await shot(page, 'journey-sensor-4-extension');
  await next(page);
  await next(page);
  await next(page);
  const w = widget(page);
  await expect(w.getByRole('heading', { level: 2 })).toHaveText('Please see a doctor within the next few days');
  await expect(w.locator('[part~="evidence"]')).toContainText('Your hip results were measured with your phone');
  await expect(w.getByRole('heading', { name: 'See a doctor first' })).toBeVisible();
  await expect(w.locator('svg[part~="chart"]')).toHaveAttribute('aria-label', /Turning in \(left\): 25°.*Turning out \(right\): 45°.*Extension \(left\): 12°/);
  await shot(page, 'journey-sensor-7-results');
  expect(problems).toEqual([]);
});

test('without a motion sensor the phone mode falls back to typed degrees', async ({ page }) => {
  await page.addInitScript(() => {
    delete window.DeviceOrientationEvent;
  });
  await open(page);
  await start(page);
  await skip(page);
  await next(page);
  const g = group(page, 'Left hip');
  await g.getByRole('radio', { name: 'Measure with my phone' }).check();
  await g.getByRole('button', { name: 'Start the sensor' }).first().click();
  await expect(g.getByText('No motion sensor answered on this device.').first()).toBeVisible();
  await g.getByLabel('Turning in (foot swings out)').fill('20');
  await g.getByLabel('Turning out (foot swings in)').fill('45');
  await next(page);
  await next(page);
  await next(page);
  await next(page);
  await expect(widget(page).locator('svg[part~="chart"]')).toHaveAttribute('aria-label', /Turning in \(left\): about 20°/);
});

test('iOS-style permission: granted measures, denied falls back to typed degrees', async ({ page }) => {
  await page.addInitScript(() => {
    window.answer = 'denied';
    DeviceOrientationEvent.requestPermission = async () => window.answer;
  });
  await open(page);
  await start(page);
  await skip(page);
  await next(page);
  const left = group(page, 'Left hip');
  await left.getByRole('radio', { name: 'Measure with my phone' }).check();
  await left.getByRole('button', { name: 'Start the sensor' }).first().click();
  await expect(left.getByText('Access to the motion sensor was not allowed.').first()).toBeVisible();
  await expect(left.getByLabel('Turning in (foot swings out)')).toBeVisible();
  await page.evaluate(() => (window.answer = 'granted'));
  const right = group(page, 'Right hip');
  await right.getByRole('radio', { name: 'Measure with my phone' }).check();
  await measure(page, right.locator('[part~="sensor"]').first(), 'rotation', 30);
});

test('under 18: a plain message for adults only, no contact form or booking', async ({ page }) => {
  await open(page);
  await start(page);
  await widget(page).getByRole('checkbox', { name: 'None of these' }).check();
  await next(page);
  await widget(page).getByLabel('Your age').fill('15');
  await next(page); // the check stops at the age answer
  const w = widget(page);
  await expect(w.getByRole('heading', { level: 2 })).toHaveText(/This self-check is for adults/);
  await expect(w.locator('[part~="lead"], [part~="cta"], [part~="chart"]')).toHaveCount(0);
  // The clinic's phone is the only link: no booking.
  await expect(w.getByRole('link')).toHaveCount(1);
  await expect(w.getByRole('link')).toHaveAttribute('href', /^tel:/);
});

test('skipping the warning-sign checklist never ends in self-care, and the results say why', async ({ page }) => {
  await open(page);
  await start(page);
  await skip(page); // "Next" with nothing ticked asks for "None of these" (safety-rules.spec)
  for (let i = 0; i < 5; i++) await next(page);
  const w = widget(page);
  await expect(w.getByRole('heading', { level: 2 })).toHaveText('A physical therapist should take a look');
  await expect(w.getByText('You skipped the warning-sign questions, so this check cannot suggest looking after it yourself.', { exact: false })).toBeVisible();
  await expect(w.getByText(/Not assessed \(skipped\):.*warning signs/)).toBeVisible();
});
