// axe-core finds nothing on any screen of the journey: intro, every step in
// each answer mode, the results with the contact form, the emergency screen,
// the results for answers the core refused, and the invalid-configuration
// message (the urgent and adults-only results: safety-rules.spec.mjs; the
// sensor's phases: widget-sensor.spec.mjs). axe is injected as a script, so
// this context bypasses the page's CSP (the CSP itself is tested in widget-csp).
import { expect, test } from '@playwright/test';
import { axeViolations, group, heading, next, open, start, widget } from './widget-helpers.mjs';

test.use({ bypassCSP: true });

test('no axe violations on any step, in every answer mode, or on the results', async ({ page }) => {
  await open(page);
  expect(await axeViolations(page), 'intro').toEqual([]);
  await start(page);
  const w = widget(page);
  await w.getByRole('checkbox', { name: 'None of these' }).check();
  expect(await axeViolations(page), 'safety').toEqual([]);
  await next(page);
  await w.getByLabel('Your age').fill('200'); // out of range: the error message must be accessible too
  await expect(w.getByText('Enter a number from 12 to 110.')).toBeVisible();
  expect(await axeViolations(page), 'about with an error').toEqual([]);
  await w.getByLabel('Your age').fill('44');
  await next(page);
  for (const mode of ['Compare turning in with turning out', 'Pick a picture', 'Measure with my phone']) {
    await group(page, 'Left hip').getByRole('radio', { name: mode }).check();
    expect(await axeViolations(page), `rotation: ${mode}`).toEqual([]);
  }
  await group(page, 'Left hip').getByRole('radio', { name: 'Pick a picture' }).check();
  await group(page, 'Left hip').getByRole('radio', { name: 'about 10°' }).check();
  await next(page);
  for (const mode of ['Pick a picture', 'Measure with my phone', 'Say where the thigh rests']) {
    await group(page, 'Left hip (left leg hanging)').getByRole('radio', { name: mode }).check();
    expect(await axeViolations(page), `extension: ${mode}`).toEqual([]);
  }
  await next(page);
  expect(await axeViolations(page), 'habits').toEqual([]);
  await next(page);
  expect(await axeViolations(page), 'phq4').toEqual([]);
  await next(page);
  await expect(heading(page)).toHaveText('A physical therapist should take a look');
  await expect(w.locator('[part~="lead-form"]')).toBeVisible();
  expect(await axeViolations(page), 'results').toEqual([]);
});

test('no axe violations on the emergency screen', async ({ page }) => {
  await open(page);
  await start(page);
  await widget(page).getByRole('checkbox', { name: 'Weakness in a leg or foot that is getting worse' }).check();
  await next(page);
  await expect(heading(page)).toHaveText('Get emergency care now');
  expect(await axeViolations(page)).toEqual([]);
});

// Answers the core refuses reach it only from outside the steps: here a session
// stored by an older protocol, with a duration option that no longer exists.
test('no axe violations on the results for answers the core could not use', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('backcheck:session'))
      sessionStorage.setItem('backcheck:session', JSON.stringify({ answers: { safety: { redFlags: [] }, about: { duration: 'two_weeks' } }, step: 5 }));
  });
  await open(page);
  await widget(page).getByRole('button', { name: 'Continue where you left off' }).click();
  await expect(heading(page)).toHaveText('Stress and mood');
  await next(page);
  await expect(heading(page)).toHaveText('Some answers could not be checked. Please go back and review them.');
  expect(await axeViolations(page)).toEqual([]);
});

test('no axe violations in Spanish or with an invalid configuration', async ({ page }) => {
  await page.goto('/test/spanish.html');
  await expect(widget(page).getByRole('button', { name: 'Empezar' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('/test/invalid.html');
  await expect(widget(page).getByRole('alert')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
