// Answers survive going back and a reload (sessionStorage), and are cleared
// once the results are shown.
import { expect, test } from '@playwright/test';
import { heading, next, open, start, widget } from './widget-helpers.mjs';

test('answers are kept when going back, and a reload resumes at the same step', async ({ page }) => {
  await open(page);
  await start(page);
  const w = widget(page);
  await w.getByRole('checkbox', { name: 'None of these' }).check();
  await next(page);
  await w.getByLabel('Your age').fill('52');
  await w.getByRole('radio', { name: 'Getting worse' }).check();
  await next(page);
  await expect(heading(page)).toHaveText('Hip rotation test');
  await w.getByRole('button', { name: 'Back' }).click();
  await expect(w.getByLabel('Your age')).toHaveValue('52');
  await expect(w.getByRole('radio', { name: 'Getting worse' })).toBeChecked();
  await next(page);

  await page.reload();
  await expect(w.getByRole('button', { name: 'Continue where you left off' })).toBeVisible();
  await w.getByRole('button', { name: 'Continue where you left off' }).click();
  await expect(heading(page)).toHaveText('Hip rotation test');
  await expect(heading(page)).toBeFocused();
  await w.getByRole('button', { name: 'Back' }).click();
  await expect(w.getByLabel('Your age')).toHaveValue('52');
  await w.getByRole('button', { name: 'Back' }).click();
  await expect(w.getByRole('checkbox', { name: 'None of these' })).toBeChecked();
});

test('finishing clears the stored answers; "start over" after a reload forgets them', async ({ page }) => {
  await open(page);
  await start(page);
  await widget(page).getByRole('checkbox', { name: 'None of these' }).check();
  await next(page);
  expect(await page.evaluate(() => sessionStorage.length)).toBe(1);
  for (let i = 0; i < 5; i++) await next(page);
  await expect(heading(page)).toHaveText('Your answers fit back pain that usually settles with self-care');
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  await page.reload();
  await expect(widget(page).getByRole('button', { name: 'Start the check' })).toBeVisible();

  await start(page);
  await widget(page).getByRole('checkbox', { name: 'None of these' }).check();
  await next(page);
  await page.reload();
  await widget(page).getByRole('button', { name: 'Start over' }).click();
  await expect(heading(page)).toHaveText('First, your safety');
  await expect(widget(page).getByRole('checkbox', { name: 'None of these' })).not.toBeChecked();
});

test('a stored session from another protocol version cannot break the widget', async ({ page }) => {
  await page.goto('/test/blank.html');
  await page.evaluate(() => sessionStorage.setItem('backcheck:session', JSON.stringify({ answers: { about: { ageYears: 44 } }, step: 99 })));
  await page.reload();
  await widget(page).getByRole('button', { name: 'Continue where you left off' }).click();
  await expect(heading(page)).toHaveText('Stress and mood');
  await page.evaluate(() => sessionStorage.setItem('backcheck:session', '{not json'));
  await page.reload();
  await expect(widget(page).getByRole('button', { name: 'Start the check' })).toBeVisible();
});

/** What the widget has put in sessionStorage (the key, if any). */
const stored = (page) => page.evaluate(() => sessionStorage.getItem('backcheck:session'));

test('after the results, "Back" and changed answers (PHQ-4 included) stay in memory: nothing is written back to sessionStorage', async ({ page }) => {
  await open(page);
  await start(page);
  const w = widget(page);
  await w.getByRole('checkbox', { name: 'None of these' }).check();
  for (let i = 0; i < 6; i++) await next(page);
  await expect(heading(page)).toHaveText('Your answers fit back pain that usually settles with self-care');
  expect(await stored(page)).toBeNull();

  await w.getByRole('button', { name: 'Back' }).click();
  await expect(heading(page)).toHaveText('Stress and mood');
  await w.getByRole('group', { name: 'Feeling down, depressed or hopeless', exact: true }).getByRole('radio', { name: 'Nearly every day' }).check();
  await w.getByRole('button', { name: 'Back' }).click();
  await expect(heading(page)).not.toHaveText('Stress and mood');
  expect(await stored(page), 'answers after the results live in memory only').toBeNull();
  await next(page);
  await expect(w.getByRole('group', { name: 'Feeling down, depressed or hopeless', exact: true }).getByRole('radio', { name: 'Nearly every day' })).toBeChecked();
  await next(page);
  await expect(heading(page)).not.toHaveText('Stress and mood');
  expect(await stored(page)).toBeNull();
  await page.reload();
  await expect(w.getByRole('button', { name: 'Start the check' })).toBeVisible();
  await expect(w.getByRole('button', { name: 'Continue where you left off' })).toHaveCount(0);
});

test('"I ticked this by mistake" on the emergency screen writes nothing back to sessionStorage', async ({ page }) => {
  await open(page);
  await start(page);
  const w = widget(page);
  await w.getByRole('checkbox', { name: /New trouble controlling or feeling your bladder or bowels/ }).check();
  await w.getByRole('button', { name: 'Next' }).click();
  await expect(heading(page)).toHaveText('Get emergency care now');
  expect(await stored(page)).toBeNull();
  await w.getByRole('button', { name: 'I ticked this by mistake: change my answers' }).click();
  await expect(heading(page)).toHaveText('First, your safety');
  expect(await stored(page), 'the emergency screen promised nothing was stored').toBeNull();
  await w.getByRole('checkbox', { name: /New trouble controlling or feeling your bladder or bowels/ }).uncheck();
  await w.getByRole('checkbox', { name: 'None of these' }).check();
  await next(page);
  await w.getByLabel('Your age').fill('52');
  await next(page);
  expect(await stored(page)).toBeNull();
});
