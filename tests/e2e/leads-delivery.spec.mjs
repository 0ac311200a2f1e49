// Delivery against the reference receiver with injected faults: leads arrive
// exactly once, survive reloads and offline spells, and the visitor is told the
// truth (sending / sent / we keep trying / call us) at every point.
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startHarness } from '../receiver/harness.mjs';
import { CLINIC, fallback, fillForm, leadRequests, openForm, send, status } from '../receiver/e2e.mjs';

let file; // made in beforeAll: the runner also loads this file just to list the tests
let h;
test.beforeAll(async () => {
  file = join(mkdtempSync(join(tmpdir(), 'backcheck-leads-')), 'leads.jsonl');
  h = await startHarness({ file });
});
test.afterAll(async () => {
  await h.close();
  rmSync(dirname(file), { recursive: true, force: true }); // leave no lead files behind
});
test.afterEach(() => h.receiver.setFaults({ rate: 0, down: false }));

const SENT = `Sent. ${CLINIC} will contact you at the time you chose, usually within 2 working days. If you have not heard by then, please call them.`;
const KEEP_TRYING = 'Not sent yet. Your details are saved in this browser and we keep trying, also the next time you open this page.';
const byEmail = (email) => h.receiver.leads().filter((l) => l.contact.email === email);
const outbox = (page) => page.evaluate(() => window.__leads.outbox().length);

test('50 leads under 50% failures and timeouts, flushed by two tabs at once, arrive exactly once each', async ({ context }) => {
  test.setTimeout(90_000);
  h.receiver.setFaults({ rate: 0.5, kinds: ['500', '503', '429', 'timeout', 'reset', 'reset_after_store', 'timeout_after_store'], retryAfter: 1, seed: 42 });
  const query = 'timeout=600&base=50&cap=400';
  const first = await context.newPage();
  await openForm(first, h.url, query);
  const running = first.evaluate(() => window.__leads.many(50));
  const second = await context.newPage(); // its page load flushes the same outbox while the first tab is sending
  await openForm(second, h.url, query);
  const { keys, states } = await running;
  await expect.poll(() => outbox(second), { timeout: 20_000 }).toBe(0);

  expect(states).toEqual(Array(50).fill('sent'));
  const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l).key);
  for (const key of keys) expect(lines.filter((k) => k === key), key).toHaveLength(1);
  const posts = h.receiver.log.filter((l) => keys.includes(l.key));
  const faults = posts.filter((l) => l.fault !== 'ok');
  expect(faults.length, 'faults were injected').toBeGreaterThanOrEqual(25);
  expect(faults.some((l) => l.fault.endsWith('_after_store')), 'some answers were lost after storing').toBe(true);
  // One tab at a time, where it is decided: each tab made every POST while holding that lead's
  // Web Lock, as the browser's lock manager reported at the moment of sending (the lock is
  // exclusive across tabs, so no two tabs ever had the same lead in flight). Comparing the
  // receiver's start/end times instead failed under load from scheduling noise alone.
  const checks = [await first.evaluate(() => window.__leads.lockChecks()), await second.evaluate(() => window.__leads.lockChecks())];
  expect(checks[0].unlocked, 'first tab: POSTs without the lead\'s lock').toEqual([]);
  expect(checks[1].unlocked, 'second tab: POSTs without the lead\'s lock').toEqual([]);
  // At least one checked POST per lead (the receiver may log a few more: Chromium itself resends a
  // request whose reused connection was reset before any answer).
  expect(checks[0].checked + checks[1].checked, 'the POSTs were checked').toBeGreaterThanOrEqual(keys.length);
  expect(checks[1].checked, 'the second tab really took part in sending').toBeGreaterThan(0);
});

test('a lead survives a reload while the endpoint is down and is delivered once it is back', async ({ page }) => {
  const requests = leadRequests(page);
  h.receiver.setFaults({ down: true });
  await openForm(page, h.url);
  await fillForm(page, { email: 'reload@mail.test' });
  await send(page);
  await expect(status(page)).toHaveText(KEEP_TRYING);
  expect(await outbox(page)).toBe(1);

  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  expect(await outbox(page)).toBe(1);
  const triedBefore = requests.length;
  await expect.poll(() => requests.length, { message: 'the reloaded page retries on its own' }).toBeGreaterThan(triedBefore);
  expect(byEmail('reload@mail.test')).toEqual([]);

  h.receiver.setFaults({ down: false });
  await expect.poll(() => byEmail('reload@mail.test').length, { timeout: 10_000 }).toBe(1);
  await expect.poll(() => outbox(page)).toBe(0);
  const keys = new Set(requests.map((r) => r.headers()['idempotency-key']));
  expect(keys.size, 'every attempt, before and after the reload, used the same key').toBe(1);
});

test('a tab closed with a lead still queued tries once more on pagehide (keepalive, same key); the receiver stores it once', async ({ context }) => {
  const page = await context.newPage();
  const requests = leadRequests(page);
  h.receiver.setFaults({ down: true });
  await openForm(page, h.url, 'base=60000&cap=60000'); // the next regular retry is a minute away
  await fillForm(page, { email: 'pagehide@mail.test' });
  await send(page);
  await expect(status(page)).toHaveText(KEEP_TRYING);
  const key = requests[0].headers()['idempotency-key'];
  h.receiver.setFaults({ down: false });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => byEmail('pagehide@mail.test').length, { timeout: 10_000 }).toBe(1);
  expect(h.receiver.log.filter((l) => l.key === key).length, 'the first try and the one on pagehide').toBe(2);
  expect(h.receiver.leads().find((l) => l.contact.email === 'pagehide@mail.test').idempotencyKey).toBe(key);
});

test('offline: the visitor sees "we keep trying", then phone and e-mail; back online it is sent', async ({ page, context }) => {
  await openForm(page, h.url, 'base=100&cap=300');
  await fillForm(page, { email: 'offline@mail.test', note: 'Back pain since Monday' });
  await context.setOffline(true);
  await send(page);
  await expect(status(page)).toHaveText(KEEP_TRYING);
  await expect(fallback(page)).toBeVisible(); // after 3 failures
  await expect(fallback(page)).toContainText(`Still not through. To be sure, contact ${CLINIC} directly:`);
  await expect(fallback(page).locator('a[href="tel:+15550109999"]')).toBeVisible();
  const mail = new URL(await fallback(page).locator('a[href^="mailto:"]').getAttribute('href'));
  expect(mail.pathname).toBe('desk@riverbend.example');
  expect(mail.searchParams.get('subject')).toBe(`Back check for ${CLINIC}`);
  expect(mail.searchParams.get('body')).toContain('Note: Back pain since Monday');
  await expect(page.locator('[part="lead-status"]')).toHaveAttribute('aria-live', 'polite');
  const call = fallback(page).locator('a[href^="tel:"]');
  await call.focus();
  const attempts = h.receiver.log.length; // offline: the receiver sees none, the page keeps trying
  await page.waitForTimeout(1000); // several retries at cap=300 ms
  await expect(call, 'retries do not rebuild the links under a keyboard user').toBeFocused();
  expect(h.receiver.log.length).toBe(attempts);

  await context.setOffline(false);
  await expect(status(page)).toHaveText(SENT, { timeout: 10_000 });
  await expect(fallback(page)).toBeHidden();
  expect(byEmail('offline@mail.test')).toHaveLength(1);
});

test('429 waits for Retry-After; 5xx retries; a 4xx stops at once with the reason and the fallbacks', async ({ page }) => {
  const requests = leadRequests(page);
  h.receiver.setFaults({ sequence: ['429', '500', 'reject'], retryAfter: 2 });
  await openForm(page, h.url, 'base=50&cap=200');
  await fillForm(page, { email: 'refused@mail.test' });
  await send(page);
  await expect(status(page)).toHaveText(`${CLINIC}'s system did not accept it (HTTP 422).`, { timeout: 10_000 });
  const times = h.receiver.log.filter((l) => requests.some((r) => r.headers()['idempotency-key'] === l.key)).map((l) => l.start);
  expect(times).toHaveLength(3);
  expect(times[1] - times[0], 'waited for Retry-After: 2').toBeGreaterThanOrEqual(1900);
  await expect(fallback(page)).toContainText(`Please contact ${CLINIC} directly:`);
  await expect(fallback(page).locator('a[href^="tel:"]')).toBeVisible();
  await expect(fallback(page).locator('a[href^="mailto:"]')).toBeVisible();
  await expect(page.getByRole('button', { name: `Send to ${CLINIC}` })).toBeEnabled();

  await page.waitForTimeout(600);
  expect(requests).toHaveLength(3);
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  await page.waitForTimeout(400);
  expect(requests, 'a refused lead is not retried on the next page load').toHaveLength(3);
});

for (const [locale, expected] of [
  ['en', `${CLINIC}'s system did not accept it (HTTP 422).`],
  ['es', `El sistema de ${CLINIC} no lo aceptó (HTTP 422).`],
]) {
  test(`a receiver's refusal text goes to the console only; the visitor reads a fixed message with the status (${locale})`, async ({ page }) => {
    const hostile = '\u202Eevil\u0000 Call 1-900-555-0100 now to keep your appointment ' + 'x'.repeat(300);
    await page.route('**/leads', (route) => route.fulfill({ status: 422, contentType: 'application/json', body: JSON.stringify({ error: { message: hostile } }) }));
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await openForm(page, h.url, `locale=${locale}`);
    await page.locator('[part="lead-form"] input[type="email"]').fill(`refused-${locale}@mail.test`);
    await page.locator('[part="lead-form"] input[name="share"]').check();
    await page.locator('[part="lead-form"] button[type="submit"]').click();
    await expect(status(page)).toHaveText(expected);
    await expect(fallback(page).locator('a[href^="tel:"]')).toBeVisible();
    const text = await page.locator('#host').evaluate((el) => el.shadowRoot.textContent);
    expect(text).not.toMatch(/1-900|evil|\u202E|\u0000/);
    expect(warnings.some((w) => w.includes('HTTP 422') && w.includes('Call 1-900-555-0100')), warnings.join('\n')).toBe(true);
    expect(warnings.join('\n'), 'controls and direction overrides are escaped in the console').not.toMatch(/[\u0000\u202E]/);
    const entry = await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('backcheck:lead:'))?.[1]);
    expect(entry ?? '').not.toContain('1-900');
  });
}

for (const [label, breakStorage] of [
  ['disabled', () => Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('denied', 'SecurityError'); } })],
  ['full', () => { Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); }; }],
]) {
  test(`storage ${label}: one honest attempt, and the visitor is told there is no later try`, async ({ page }) => {
    await page.addInitScript(breakStorage);
    const requests = leadRequests(page);
    h.receiver.setFaults({ down: true });
    await openForm(page, h.url, 'base=50&cap=100');
    await fillForm(page, { email: `nostore-${label}@mail.test` });
    await send(page);
    await expect(status(page)).toHaveText('It could not be sent. This browser does not let us save it, so there is no later try.');
    await expect(fallback(page).locator('a[href^="tel:"]')).toBeVisible();
    await page.waitForTimeout(500);
    expect(requests).toHaveLength(1);

    h.receiver.setFaults({ down: false });
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    await fillForm(page, { email: `nostore-${label}@mail.test` });
    await send(page);
    await expect(status(page)).toHaveText(SENT);
    expect(byEmail(`nostore-${label}@mail.test`)).toHaveLength(1);
  });
}
