// The safety rules walked as a visitor would, one journey per rule (issue
// "Safety first"): what each screen then says. A table of journeys: `answer`
// drives the steps, `expect` reads the screen the journey ends on. The
// core's side of each rule is in tests/core/safety_rules_test.cpp.
import { expect, test } from '@playwright/test';
import { axeViolations, compare, group, heading, next, open, picture, shot, skip, skipRemainingSteps, start, watch, widget } from './widget-helpers.mjs';

test.use({ bypassCSP: true }); // axe is injected as a script (widget-helpers.mjs)

const SAFETY = 'First, your safety';
const ABOUT = 'About your pain';
const EMERGENCY = 'Get emergency care now';
const URGENT = 'Please see a doctor within the next few days';
const PT = 'A physical therapist should take a look';
const SELF_CARE = 'Your answers fit back pain that usually settles with self-care';

const tick = (page, name) => widget(page).getByRole('checkbox', { name }).check();
const none = (page) => tick(page, 'None of these');
const radio = (page, groupName, name) => group(page, groupName).getByRole('radio', { name, exact: true }).check();
const PHQ4 = ['Feeling nervous, anxious or on edge', 'Not being able to stop or control worrying', 'Little interest or pleasure in doing things', 'Feeling down, depressed or hopeless'];

/** Skips every remaining step up to the results (or the emergency screen). */
const skipToResults = (page) => skipRemainingSteps(widget(page));

/** The results screen's text, for "never says" checks. */
const screenText = async (page) => (await widget(page).locator('[part="frame"]').innerText()).replace(/\s+/g, ' ');

const journeys = [
  {
    name: 'emergency ticked, then "Skip this step": the emergency screen',
    async answer(page) {
      await tick(page, 'New trouble controlling or feeling your bladder or bowels (cannot pee, leaking, or not feeling it)');
      await tick(page, 'Numbness around your genitals, bottom or inner thighs');
      await widget(page).getByRole('button', { name: 'Skip this step' }).click();
    },
    heading: EMERGENCY,
  },
  {
    name: 'emergency ticked, then "Back": the emergency screen',
    async answer(page) {
      await tick(page, 'Weakness in a leg or foot that is getting worse');
      await widget(page).getByRole('button', { name: 'Back' }).click();
    },
    heading: EMERGENCY,
  },
  {
    name: 'strong flag ticked, "Skip" refused; skipping the rest still ends urgent, saying why',
    async answer(page) {
      await tick(page, 'You have had cancer');
      await widget(page).getByRole('button', { name: 'Skip this step' }).click();
      await expect(widget(page).getByRole('alert')).toHaveText(/You ticked a warning sign, so this step cannot be skipped/);
      await expect(heading(page)).toHaveText(SAFETY);
      await expect(widget(page).getByRole('checkbox', { name: 'You have had cancer' })).toBeChecked();
      await next(page);
      await skipToResults(page);
    },
    heading: URGENT,
    says: ['You told us you have had cancer.', 'Why we suggest this'],
    never: ['stands out', 'There are no urgent warning signs', 'None of your answers is a warning sign'],
  },
  {
    name: '"Next" with nothing ticked asks for "None of these"; a skipped checklist is never "no warning signs"',
    async answer(page) {
      await widget(page).getByRole('button', { name: 'Next' }).click();
      await expect(widget(page).getByRole('alert')).toHaveText(/Tick every sign that applies to you, or “None of these”/);
      await expect(heading(page)).toHaveText(SAFETY);
      await skipToResults(page);
    },
    heading: PT,
    says: ['You skipped the warning-sign questions', 'You skipped most of the check, so little could be assessed'],
    never: ['no urgent warning signs', 'None of your answers is a warning sign', 'stands out'],
  },
  {
    name: 'pain below the knee in both legs: urgent, in plain words',
    async answer(page) {
      await none(page);
      await next(page);
      await radio(page, 'Where do you feel it?', 'It spreads below the knee');
      await radio(page, 'Does it go into a leg?', 'Yes, both legs');
      await next(page);
      await skipToResults(page);
    },
    heading: URGENT,
    says: ['You told us the pain goes into both legs', 'The pain goes into both legs.'],
    never: ['stands out'],
  },
  {
    name: 'pain in both thighs (not below the knee): urgent too',
    async answer(page) {
      await none(page);
      await next(page);
      await radio(page, 'Where do you feel it?', 'It spreads to the buttock or thigh');
      await radio(page, 'Does it go into a leg?', 'Yes, both legs');
      await next(page);
      await skipToResults(page);
    },
    heading: URGENT,
  },
  {
    name: 'PHQ-4 severe: talk to your doctor and the 988 Lifeline (call or text)',
    async answer(page) {
      await none(page);
      for (let i = 0; i < 5; i++) await (i === 0 ? next(page) : skip(page));
      for (const item of PHQ4) await radio(page, item, 'Nearly every day');
      await next(page);
    },
    heading: PT,
    says: ['Talk to your doctor about how you have been feeling', 'the Suicide & Crisis Lifeline', 'help in Spanish too'],
    never: ['None of your answers is a warning sign'],
    async check(page) {
      await expect(widget(page).getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
      await expect(widget(page).getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
    },
  },
  {
    name: 'age 16: the adults-only screen at the age answer, with the phone and the safety net, no mood questions',
    async answer(page) {
      await none(page);
      await next(page);
      await widget(page).getByLabel('Your age').fill('16');
      await next(page);
    },
    heading: 'This self-check is for adults',
    says: ['Please call Demo Physical Therapy or talk to your doctor', 'Call 911 or go to an emergency department straight away if any of these appear', 'Numbness around the genitals, bottom or inner thighs'],
    never: ['Stress and mood', 'Hip rotation test'],
    async check(page) {
      await expect(widget(page).getByRole('link', { name: 'Call +1 555 010 0100' })).toHaveAttribute('href', 'tel:+15550100100');
      await shot(page, 'safety-adults-only-1280');
      await widget(page).getByRole('button', { name: 'Back' }).click();
      await expect(heading(page)).toHaveText(ABOUT);
    },
  },
  {
    name: 'thigh level with the bed on both sides: a normal test, self-care',
    async answer(page) {
      await none(page);
      await next(page);
      await skip(page);
      await skip(page);
      await compare(page, 'Left hip (left leg hanging)', 'The thigh rests level with the bed');
      await compare(page, 'Right hip (right leg hanging)', 'The thigh rests level with the bed');
      await next(page);
      await skipToResults(page);
    },
    heading: SELF_CARE,
    never: ['Hip extension', 'extension test'],
  },
  {
    name: 'one weak flag (night pain): a reason for the result, not a sign that "may appear"',
    async answer(page) {
      await tick(page, 'Constant pain at night that does not ease when you change position');
      await next(page);
      await skipToResults(page);
    },
    heading: PT,
    says: ['You told us the pain is constant at night'],
    async check(page) {
      const watchList = widget(page).getByRole('heading', { name: 'When to get help' }).locator('xpath=..');
      await expect(watchList).not.toContainText('night');
      await expect(watchList).toContainText('Numbness around the genitals, bottom or inner thighs');
    },
  },
  {
    name: 'compared answers are worded as what the visitor reported, never as degrees',
    async answer(page) {
      await none(page);
      await next(page);
      await skip(page);
      await compare(page, 'Left hip', 'Turning in moves much less than turning out');
      await compare(page, 'Right hip', 'Turning in moves much less than turning out');
      await next(page);
      await skipToResults(page);
    },
    heading: PT,
    says: ['You reported that turning the hips in moves much less than turning out, on both sides'],
    never: ['below the typical range', '°'],
  },
  {
    name: '3.5 weeks is sent as 3.5, not rounded up to 4 (which would add a second weak flag)',
    async answer(page) {
      await none(page);
      await next(page);
      const w = widget(page);
      await w.getByLabel('Your age').fill('60');
      await w.getByLabel('Or, if you know it: how many weeks?').fill('3.5');
      await radio(page, 'Have you had back pain like this before?', 'No, this is the first time');
      await radio(page, 'Over the last few days, is it…', 'About the same');
      await next(page);
      await skipToResults(page);
    },
    heading: PT,
    says: ['This is your first episode of back pain, and you are over 50.'],
    never: ['not getting better'],
  },
  {
    name: 'a 60-second bridge is "less than 85 seconds", with instructions that agree',
    async answer(page) {
      await none(page);
      for (let i = 0; i < 4; i++) await (i === 0 ? next(page) : skip(page));
      await expect(widget(page).getByText(/Hold until you need to stop, or until 2 minutes have passed/)).toBeVisible();
      await widget(page).getByLabel('Bridge hold: how many seconds can you hold it?').fill('60');
      await next(page);
      await skip(page);
    },
    heading: SELF_CARE,
    says: ['You held the bridge for less than 85 seconds'],
    never: ['was short'],
  },
];

for (const [index, journey] of journeys.entries()) {
  test(journey.name, async ({ page }) => {
    const problems = watch(page);
    await open(page);
    await start(page);
    await journey.answer(page);
    await expect(heading(page)).toHaveText(journey.heading);
    const text = await screenText(page);
    for (const phrase of journey.says ?? []) expect(text).toContain(phrase);
    for (const phrase of journey.never ?? []) expect(text).not.toContain(phrase);
    await journey.check?.(page);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, `safety-${index + 1}-1280`);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, `safety-${index + 1}-360`);
    expect(problems).toEqual([]);
  });
}

test('the emergency screen on a phone: tap-to-call 911 and the clinic, the intro line is not a bullet', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page);
  await start(page);
  await tick(page, 'Numbness around your genitals, bottom or inner thighs');
  await next(page);
  const w = widget(page);
  await expect(heading(page)).toHaveText(EMERGENCY);
  const call = w.getByRole('link', { name: 'Call 911 now' });
  await expect(call).toHaveAttribute('href', 'tel:911');
  const box = await call.boundingBox();
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.y + box.height).toBeLessThan(740); // on the first screen, without scrolling
  await expect(w.getByRole('link', { name: 'Call the clinic: +1 555 010 0100' })).toHaveAttribute('href', 'tel:+15550100100');
  const clinic = await w.getByRole('link', { name: 'Call the clinic: +1 555 010 0100' }).boundingBox();
  expect(clinic.y).toBeGreaterThan(box.y); // the emergency number comes first
  await expect(w.getByRole('listitem').filter({ hasText: 'You have back pain, and:' })).toHaveCount(0);
  await expect(w.getByText('You have back pain, and:')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, 'safety-emergency-360');
});

test('the flow prevents contradictory answers: no leg question for "back only"; typed weeks pick their band', async ({ page }) => {
  await open(page);
  await start(page);
  await none(page);
  await next(page);
  const w = widget(page);
  const leg = group(page, 'Does it go into a leg?');
  await radio(page, 'Where do you feel it?', 'It spreads below the knee');
  await radio(page, 'Does it go into a leg?', 'Yes, one leg');
  await radio(page, 'Where do you feel it?', 'In the back only');
  await expect(leg).toBeHidden();
  await radio(page, 'Where do you feel it?', 'It spreads to the buttock or thigh');
  await expect(leg).toBeVisible();
  await expect(leg.getByRole('radio', { name: 'Yes, one leg' })).not.toBeChecked(); // dropped, not kept out of sight
  const duration = group(page, 'How long have you had this pain?');
  const weeks = w.getByLabel('Or, if you know it: how many weeks?');
  await duration.getByRole('radio', { name: '1 to 4 weeks' }).check();
  await weeks.fill('20');
  await expect(duration.getByRole('radio', { name: 'More than 12 weeks' })).toBeChecked();
  await duration.getByRole('radio', { name: '1 to 4 weeks' }).check();
  await expect(weeks).toHaveValue('');
  await weeks.fill('2.5');
  await expect(duration.getByRole('radio', { name: '1 to 4 weeks' })).toBeChecked();
  await shot(page, 'safety-about-linked');
});

// Picture band centres (protocol pictureBands): inward 10/25/35/45, outward 20/35/50/65.
const NEIGHBOURS = [
  { inward: [10, 25], outward: [20, 35] },
  { inward: [25, 35], outward: [35, 50] },
  { inward: [35, 45], outward: [50, 65] },
];

for (const pair of NEIGHBOURS) {
  test(`neighbouring pictures are not a left-right difference (in ${pair.inward.join('/')}°, out ${pair.outward.join('/')}°)`, async ({ page }) => {
    await open(page);
    await start(page);
    await none(page);
    await next(page);
    await skip(page);
    await picture(page, 'Left hip', 'Turning in (foot swings out): which picture is closest?', pair.inward[0]);
    await group(page, 'Left hip').getByRole('group', { name: 'Turning out (foot swings in): which picture is closest?' }).getByRole('radio', { name: `about ${pair.outward[0]}°` }).check();
    await picture(page, 'Right hip', 'Turning in (foot swings out): which picture is closest?', pair.inward[1]);
    await group(page, 'Right hip').getByRole('group', { name: 'Turning out (foot swings in): which picture is closest?' }).getByRole('radio', { name: `about ${pair.outward[1]}°` }).check();
    await next(page);
    await skipToResults(page);
    const text = await screenText(page);
    expect(text).not.toContain('left and right hips');
    expect(text).not.toContain('differ by 10°');
  });
}

test('pictures two bands apart are a left-right difference, worded as pictures', async ({ page }) => {
  await open(page);
  await start(page);
  await none(page);
  await next(page);
  await skip(page);
  await picture(page, 'Left hip', 'Turning in (foot swings out): which picture is closest?', 25);
  await picture(page, 'Right hip', 'Turning in (foot swings out): which picture is closest?', 45);
  await next(page);
  await skipToResults(page);
  await expect(heading(page)).toHaveText(PT);
  expect(await screenText(page)).toContain('The pictures you picked for your left and right hips are two or more steps apart');
});
