// The whole journey with the keyboard only: Tab, Shift+Tab, Space, Enter and
// the arrow keys; focus moves to each step's heading. On the results, Enter on
// "Print / save as PDF" (Enter, then Space) prints: window.print (stubbed) is
// called with the summary marked for the printer, and focus stays on the button.
import { expect, test } from '@playwright/test';
import { focused, heading, open, shot, widget } from './widget-helpers.mjs';

/** Presses Tab until the focused control's text matches, or fails after `max` presses. */
async function tabTo(page, pattern, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (pattern.test(await focused(page))) return;
  }
  throw new Error(`never reached ${pattern} with Tab (last: ${await focused(page)})`);
}

test('keyboard only: start, answer, skip, reach the results and print', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => (window.printCalls = (window.printCalls ?? 0) + 1);
  });
  await open(page);
  await tabTo(page, /^button:Start the check$/);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('First, your safety');
  expect(await focused(page)).toBe('h2:First, your safety');

  await tabTo(page, /^input\[checkbox\]:None of these$/);
  await page.keyboard.press('Space');
  await tabTo(page, /^button:Next$/);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('About your pain');
  expect(await focused(page)).toBe('h2:About your pain');

  await tabTo(page, /^input\[number\]:/);
  await page.keyboard.type('47');
  await tabTo(page, /^input\[radio\]:Less than a week$/);
  await page.keyboard.press('ArrowDown'); // arrows move within the radio group and select
  expect(await focused(page)).toBe('input[radio]:1 to 4 weeks');
  // Enter in a field submits the step, like a form.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Hip rotation test');

  await tabTo(page, /^input\[radio\]:Compare turning in with turning out \(no tools\)$/);
  await tabTo(page, /^input\[radio\]:Turning in moves much less than turning out$/);
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toBe('input[radio]:Turning in moves a bit less than turning out');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Space'); // already selected by the arrow: stays selected
  await tabTo(page, /^button:Next$/);
  await page.keyboard.press('Enter');
  for (const title of ['Hip extension test', 'Habits and strength', 'Stress and mood']) {
    await expect(heading(page)).toHaveText(title);
    await tabTo(page, /^button:Skip this step$/);
    await page.keyboard.press('Enter');
  }
  await expect(heading(page)).toHaveText('A physical therapist should take a look');
  expect(await focused(page)).toBe('h2:A physical therapist should take a look');
  await shot(page, 'keyboard-results');
  await tabTo(page, /^button:Print \/ save as PDF$/);
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => window.printCalls)).toBe(1);
  // The summary alone is marked for the printer (the print rules: widget-print.spec.mjs).
  const w = widget(page);
  await expect(w).toHaveAttribute('data-backcheck-printing', '');
  expect(await focused(page)).toBe('button:Print / save as PDF');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(w).not.toHaveAttribute('data-backcheck-printing', '');
  await page.keyboard.press('Space'); // a button answers Space as well
  expect(await page.evaluate(() => window.printCalls)).toBe(2);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  expect(await focused(page)).toBe('button:Print / save as PDF');
  await tabTo(page, /^button:Back$/);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Stress and mood');
});
