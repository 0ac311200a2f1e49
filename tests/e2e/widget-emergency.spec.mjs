// Any emergency flag stops the journey at once (BRIEF §1 step 1): the
// emergency screen says what to do and what to tell them, that nothing was
// sent or stored, and offers no booking and no contact form.
import { expect, test } from '@playwright/test';
import { next, open, shot, start, watch, widget } from './widget-helpers.mjs';

test('an emergency flag stops the flow with the emergency screen only', async ({ page }) => {
  const problems = watch(page);
  const requests = [];
  await open(page);
  page.on('request', (r) => requests.push(r.url()));
  await start(page);
  const w = widget(page);
  await w.getByRole('checkbox', { name: 'You have had cancer' }).check();
  await w.getByRole('checkbox', { name: 'Numbness around your genitals, bottom or inner thighs' }).check();
  await next(page);

  const title = w.getByRole('heading', { level: 2 });
  await expect(title).toHaveText('Get emergency care now');
  await expect(title).toBeFocused();
  await expect(w.getByText(/Call 911 \(or your local emergency number\) or go to the nearest emergency department now/)).toBeVisible();
  await expect(w.getByRole('heading', { name: 'What to tell them' })).toBeVisible();
  await expect(w.getByRole('listitem').filter({ hasText: 'Numbness around the genitals, bottom or inner thighs' })).toBeVisible();
  await expect(w.getByText('Nothing you entered was sent or stored.')).toBeVisible();
  // No way to book, call the clinic or leave details here; no further steps.
  await expect(w.locator('[part~="lead"], [part~="booking-link"], [part~="cta"], form')).toHaveCount(0);
  // Only tap-to-call links: the emergency number first, then the clinic's (widget test page).
  await expect(w.getByRole('link')).toHaveCount(2);
  await expect(w.getByRole('link').first()).toHaveAttribute('href', 'tel:911');
  await expect(w.getByRole('link').nth(1)).toHaveAttribute('href', 'tel:+15550100100');
  await expect(w.getByRole('button', { name: /next|book|skip/i })).toHaveCount(0);
  // ... and it is true: nothing stored, nothing sent.
  expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
  expect(requests.filter((u) => !u.includes('/widget/'))).toEqual([]);
  await shot(page, 'emergency');
  expect(problems).toEqual([]);
});

test('going back from the emergency screen keeps the ticked answers to correct them', async ({ page }) => {
  await open(page);
  await start(page);
  const w = widget(page);
  await w.getByRole('checkbox', { name: 'Weakness or numbness in both legs' }).check();
  await next(page);
  await w.getByRole('button', { name: 'I ticked this by mistake: change my answers' }).click();
  await expect(w.getByRole('heading', { level: 2 })).toHaveText('First, your safety');
  const box = w.getByRole('checkbox', { name: 'Weakness or numbness in both legs' });
  await expect(box).toBeChecked();
  await w.getByRole('checkbox', { name: 'None of these' }).check();
  await expect(box).not.toBeChecked();
  await next(page);
  await expect(w.getByRole('heading', { level: 2 })).toHaveText('About your pain');
});
