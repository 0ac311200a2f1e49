// Shared steps of the tests/e2e/leads-*.spec.mjs files.
import { expect } from '@playwright/test';

export const CLINIC = 'Riverbend PT';

/** Opens the harness page with query options; waits until the form is mounted. */
export async function openForm(page, base, query = '') {
  await page.goto(`${base}/harness/?${query}`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
}

/** Every request the page makes to the lead endpoint. */
export function leadRequests(page) {
  const seen = [];
  page.on('request', (r) => new URL(r.url()).pathname === '/leads' && seen.push(r));
  return seen;
}

export const field = (page, label) => page.getByLabel(label, { exact: true });

export async function fillForm(page, { name = 'Ana Ruiz', email = 'ana@mail.test', phone = '', note = '', consent = true, marketing = false } = {}) {
  await field(page, 'Name (optional)').fill(name);
  await field(page, 'E-mail').fill(email);
  await field(page, 'Phone').fill(phone);
  await field(page, 'Message (optional)').fill(note);
  await field(page, `Send my answers and results to ${CLINIC} so they can contact me.`).setChecked(consent);
  await field(page, `${CLINIC} may also send me occasional news and offers (optional).`).setChecked(marketing);
}

export const send = (page) => page.getByRole('button', { name: `Send to ${CLINIC}` }).click();
export const status = (page) => page.locator('[part="lead-status"]');
export const fallback = (page) => page.locator('[part="lead-fallback"]');

/** Polls until the receiver has stored n leads (or fails after timeout). */
export async function storedLeads(receiver, n, timeout = 20000) {
  await expect.poll(() => receiver.leads().length, { timeout }).toBe(n);
  return receiver.leads();
}
