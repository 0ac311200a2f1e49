// Issue 15: the contact form speaks to the visitor. "What will be sent" is in
// words and in their language (codes only in the clinic's copy); an error goes
// as soon as the field is valid; the anti-bot pause says what to do; the form
// is named by its legend; without an endpoint the visitor is told what to do if
// no mail app opens, with the text to copy; "Sent" says when to expect a call.
import { expect, test } from '@playwright/test';
import { startHarness } from '../receiver/harness.mjs';
import { CLINIC, field, fillForm, openForm, send, status } from '../receiver/e2e.mjs';

let h;
test.beforeAll(async () => (h = await startHarness()));
test.afterAll(() => h.close());

test('the form is named by its legend', async ({ page }) => {
  await openForm(page, h.url);
  await expect(page.getByRole('form', { name: `Or let ${CLINIC} contact you` })).toBeVisible();
});

test('"What will be sent" is written for the visitor, without codes', async ({ page }) => {
  await openForm(page, h.url);
  await fillForm(page, { note: 'Mornings are best' });
  await page.getByText('What will be sent').click();
  const preview = page.locator('[part="lead-form"] pre');
  await expect(preview).toContainText(`${CLINIC} will receive:`);
  await expect(preview).toContainText('Your contact details: Ana Ruiz · ana@mail.test');
  await expect(preview).toContainText('Your result: A physical therapist should take a look');
  await expect(preview).toContainText('What your answers show:');
  await expect(preview).toContainText('Your message: Mornings are best');
  const text = await preview.textContent();
  expect(text).not.toMatch(/pt_evaluation|hip_|_limited|Triage:|core \d/);
});

test('"What will be sent" in Spanish', async ({ page }) => {
  await openForm(page, h.url, 'locale=es');
  await page.getByText('Lo que se enviará').click();
  const preview = page.locator('[part="lead-form"] pre');
  await expect(preview).toContainText('Su resultado: Conviene que le vea un fisioterapeuta');
  expect(await preview.textContent()).not.toMatch(/pt_evaluation|hip_/);
});

test('a field error clears as soon as the field is valid', async ({ page }) => {
  await openForm(page, h.url);
  await fillForm(page, { email: 'ana@' });
  await send(page);
  const error = page.getByText('Check the e-mail address, for example name@example.com.');
  await expect(error).toBeVisible();
  await field(page, 'E-mail').pressSequentially('mail.test');
  await expect(error).toBeHidden();
  await expect(field(page, 'E-mail')).not.toHaveAttribute('aria-invalid', 'true');
});

test('the anti-bot pause says what to do', async ({ page }) => {
  await openForm(page, h.url, 'minFill=60000');
  await fillForm(page);
  await send(page);
  await expect(status(page)).toHaveText('Just a moment: wait a few seconds, then press send again.');
});

test('sent: says when to expect a call', async ({ page }) => {
  await openForm(page, h.url);
  await fillForm(page);
  await send(page);
  await expect(status(page)).toHaveText(/^Sent\. Riverbend PT will contact you at the time you chose, usually within 2 working days\./);
});

test('mailto-only: the next step is said either way, with the text to copy', async ({ page }) => {
  await openForm(page, h.url, 'endpoint=');
  await fillForm(page);
  await page.getByRole('button', { name: `Prepare an e-mail to ${CLINIC}` }).click();
  const fallback = page.locator('[part="lead-fallback"]');
  await expect(fallback).not.toContainText('To finish, send the prepared e-mail');
  await expect(fallback.getByRole('link', { name: 'Open the e-mail' })).toBeFocused();
  await expect(fallback).toContainText('If your mail app did not open, copy this text and e-mail it to desk@riverbend.example.');
  await expect(fallback.getByLabel('The e-mail text')).toHaveValue(/Ana Ruiz · ana@mail\.test/);
  await expect(fallback.getByRole('button', { name: 'Copy the text' })).toBeVisible();
});
