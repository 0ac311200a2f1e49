// A receiver on another origin, as a clinic runs it: the browser's CORS
// preflight (Content-Type, Idempotency-Key) must pass, Retry-After must be
// readable, and a receiver that does not allow this origin looks like an
// outage to the page (kept, retried), never like a success.
import { expect, test } from '@playwright/test';
import { startHarness } from '../receiver/harness.mjs';
import { startReceiver } from '../receiver/server.mjs';
import { CLINIC, fallback, fillForm, leadRequests, openForm, send, status } from '../receiver/e2e.mjs';

let h;
let clinic;
let stranger;
let outside; // a receiver this page's CSP does not list in connect-src
test.beforeAll(async () => {
  clinic = await startReceiver();
  stranger = await startReceiver({ origin: 'https://someone-else.example' });
  outside = await startReceiver();
  h = await startHarness({ connectSrc: [clinic.url, stranger.url] });
  clinic.receiver.allowOrigin(h.url); // known only now that the harness listens
});
test.afterAll(() => Promise.all([h.close(), clinic.close(), stranger.close(), outside.close()]));

test('cross-origin: the preflight passes, Retry-After is honoured, the lead is stored once', async ({ page }) => {
  const methods = [];
  page.on('request', (r) => r.url().startsWith(clinic.url) && methods.push(r.method()));
  clinic.receiver.setFaults({ sequence: ['429'], retryAfter: 2 });
  await openForm(page, h.url, `endpoint=${encodeURIComponent(`${clinic.url}/leads`)}&base=50&cap=200`);
  await fillForm(page, { email: 'cors@mail.test' });
  await send(page);
  await expect(status(page)).toHaveText(`Sent. ${CLINIC} will contact you at the time you chose, usually within 2 working days. If you have not heard by then, please call them.`, { timeout: 10_000 });
  const posts = clinic.receiver.log.filter((l) => l.key);
  expect(posts.map((l) => l.fault)).toEqual(['429', 'ok']);
  expect(posts[1].start - posts[0].start, 'Retry-After read across origins').toBeGreaterThanOrEqual(1900);
  expect(clinic.receiver.leads().map((l) => l.contact.email)).toEqual(['cors@mail.test']);
  expect(methods).toContain('POST');
});

test('a receiver that does not allow this origin: the lead stays in the outbox and the page keeps trying', async ({ page }) => {
  await openForm(page, h.url, `endpoint=${encodeURIComponent(`${stranger.url}/leads`)}&base=50&cap=200`);
  await fillForm(page, { email: 'blocked@mail.test' });
  await send(page);
  await expect(status(page)).toHaveText(/^Not sent yet/);
  await page.waitForTimeout(500);
  await expect(status(page)).not.toHaveText(/^Sent/);
  expect(await page.evaluate(() => window.__leads.outbox().length)).toBe(1);
});

test('a host CSP that blocks the endpoint: the visitor is told at once, with phone and e-mail; the console gives the connect-src line', async ({ page }) => {
  outside.receiver.allowOrigin(h.url);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const requests = leadRequests(page);
  await openForm(page, h.url, `endpoint=${encodeURIComponent(`${outside.url}/leads`)}&base=50&cap=200`);
  await fillForm(page, { email: 'csp@mail.test' });
  await send(page);
  await expect(status(page)).toHaveText(
    `It cannot be sent from this page: the website's security settings block the connection to ${CLINIC}. Nothing was kept in this browser.`,
    { timeout: 3000 },
  );
  await expect(status(page)).not.toHaveText(/keep trying/);
  await expect(fallback(page)).toContainText(`Please contact ${CLINIC} directly:`);
  await expect(fallback(page).locator('a[href="tel:+15550109999"]')).toBeVisible();
  await expect(fallback(page).locator('a[href^="mailto:desk@riverbend.example"]')).toBeVisible();
  const line = `connect-src 'self' ${clinic.url} ${stranger.url} ${outside.url}`;
  await expect.poll(() => warnings.find((w) => w.includes('Content-Security-Policy')) ?? '').toContain(line);
  await page.waitForTimeout(500);
  expect(requests.length, 'no retries: it can never succeed from this page').toBeLessThanOrEqual(1);
  expect(outside.receiver.log).toEqual([]);
  const kept = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('backcheck:lead:')).map(([, v]) => JSON.parse(v)));
  expect(kept.every((e) => e.body === ''), 'no lead data left behind in the browser').toBe(true);
  expect(await page.evaluate(() => window.__leads.flush())).toBe(0);
});
