// The lead funnel inside the real <back-check> (build/web): the emergency path
// sends nothing and shows no form; the results path mounts the form and
// delivers the core's real result to the reference receiver.
import { expect, test } from '@playwright/test';
import { startHarness } from '../receiver/harness.mjs';
import { skipRemainingSteps } from './widget-helpers.mjs';
import { CLINIC, fillForm, openForm, send, status } from '../receiver/e2e.mjs';

let h;
test.beforeAll(async () => (h = await startHarness()));
test.afterAll(() => h.close());

/** Every request the page makes, except for the widget's own static files. */
function nonStaticRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    const { pathname } = new URL(r.url());
    if (!pathname.startsWith('/widget/') && !pathname.startsWith('/harness/')) seen.push(`${r.method()} ${pathname}`);
  });
  return seen;
}

async function start(page) {
  await page.goto(`${h.url}/harness/widget.html`);
  await page.getByRole('button', { name: 'Start the check' }).click();
}

async function skipToResults(page) {
  await skipRemainingSteps(page.locator('back-check'));
  await expect(page.locator('back-check [part~="lead"] [part="lead-form"]')).toBeVisible();
}

test('the emergency path makes no request and shows no booking or lead form', async ({ page }) => {
  const requests = nonStaticRequests(page);
  const posts = h.receiver.log.length;
  await start(page);
  await page.getByLabel(/New trouble controlling or feeling your bladder or bowels/).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Get emergency care now' })).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.locator('back-check [part~="lead"], back-check [part~="lead-form"], back-check [part~="booking-link"]')).toHaveCount(0);
  await expect(page.locator('back-check form')).toHaveCount(0);
  expect(requests.filter((r) => r !== 'GET /favicon.ico')).toEqual([]);
  expect(h.receiver.log.length).toBe(posts);
  const layer = await page.evaluate(() => JSON.stringify(window.dataLayer ?? []));
  expect(layer).not.toContain('emergency');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('backcheck:lead:')))).toEqual([]);
});

test('on the results screen the form is mounted in part="lead" and delivers the core\'s result', async ({ page }) => {
  const requests = nonStaticRequests(page);
  await start(page);
  await skipToResults(page);
  await expect(page.locator('back-check [part~="booking-link"]')).toBeVisible();
  expect(requests.filter((r) => r.endsWith('/leads')), 'nothing sent before the visitor asks').toEqual([]);

  await page.waitForTimeout(3000); // the form's bot guard: no human fills it in under 3 s
  await fillForm(page, { email: 'widget@mail.test' });
  await send(page);
  await expect(status(page)).toHaveText(`Sent. ${CLINIC} will contact you at the time you chose, usually within 2 working days. If you have not heard by then, please call them.`);
  const lead = h.receiver.leads().find((l) => l.contact.email === 'widget@mail.test');
  expect(lead.coreVersion).toMatch(/^\d+\.\d+\.\d+$/);
  expect(['urgent', 'pt_evaluation', 'self_care']).toContain(lead.triage.level);
  expect(lead.pageUrl).toBe(`${h.url}/harness/widget.html`);
  expect(lead.answers).toBeUndefined();

  // analytics is set on this page (analytics-levels is not): funnel steps and completion, no contact or health details.
  const layer = await page.evaluate(() => window.dataLayer);
  const events = layer.map((d) => d.event);
  expect(events[0]).toBe('backcheck_started');
  expect(events).toContain('backcheck_step');
  expect(layer).toContainEqual({ event: 'backcheck_result' });
  expect(events.at(-1)).toBe('backcheck_lead_sent');
  expect(JSON.stringify(layer)).not.toMatch(/widget@mail|Ana|Riverbend|555|urgent|pt_evaluation|self_care|level/);
});

test('analytics carry no triage level unless the clinic also sets analytics-levels', async ({ page }) => {
  const details = [];
  await page.exposeFunction('recordResult', (d) => details.push(d));
  await page.addInitScript(() => document.addEventListener('backcheck:result', (e) => window.recordResult(e.detail)));
  await start(page);
  await skipToResults(page);
  await expect.poll(() => details.length).toBe(1);
  expect(details[0], 'the element\'s own event').toEqual({});
  let layer = await page.evaluate(() => window.dataLayer.filter((d) => d.event === 'backcheck_result'));
  expect(layer).toEqual([{ event: 'backcheck_result' }]);

  // Opted in: the same journey again, now with the level (the skipped checklist gives pt_evaluation).
  await page.locator('back-check').evaluate((el) => el.setAttribute('analytics-levels', ''));
  await page.getByRole('button', { name: 'Start over' }).click();
  await skipToResults(page);
  await expect.poll(() => details.length).toBe(2);
  expect(details[1]).toEqual({ level: 'pt_evaluation' });
  layer = await page.evaluate(() => window.dataLayer.filter((d) => d.event === 'backcheck_result'));
  expect(layer.at(-1)).toEqual({ event: 'backcheck_result', backcheck_level: 'pt_evaluation' });
});

test('a refused lead older than 30 days is deleted when the widget connects, though nothing is pending', async ({ page }) => {
  await page.goto(`${h.url}/harness/widget.html`);
  const stored = await page.evaluate(() => {
    const day = 24 * 3600 * 1000;
    for (const [key, days] of [['refused-31', 31], ['refused-400', 400], ['refused-today', 0]])
      localStorage.setItem(`backcheck:lead:${key}`, JSON.stringify({ key, endpoint: '/leads', body: '{"contact":{"email":"old@mail.test"}}', created: Date.now() - days * day, failures: 0, next: 0, rejected: 'HTTP 422' }));
    return Object.keys(localStorage).length;
  });
  expect(stored).toBe(3);
  await page.reload();
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).sort())).toEqual(['backcheck:lead:refused-today']);
});

test('a lead an earlier page could not deliver is sent when the widget connects', async ({ context }) => {
  h.receiver.setFaults({ down: true });
  const earlier = await context.newPage();
  await openForm(earlier, h.url);
  await fillForm(earlier, { email: 'later@mail.test' });
  await send(earlier);
  await expect(status(earlier)).toHaveText(/^Not sent yet/);
  await earlier.close();
  h.receiver.setFaults({ down: false });

  const page = await context.newPage();
  const scripts = [];
  page.on('request', (r) => scripts.push(new URL(r.url()).pathname));
  await page.goto(`${h.url}/harness/widget.html`);
  await expect.poll(() => h.receiver.leads().filter((l) => l.contact.email === 'later@mail.test').length, { timeout: 15_000 }).toBe(1);
  expect(scripts).toContain('/widget/back-check-steps.js'); // the form (and its outbox flush) ships with the steps
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('backcheck:lead:')).length)).toBe(0);
});

test.describe('accessibility (axe is injected, so this block bypasses the CSP)', () => {
  test.use({ bypassCSP: true });

  test('no axe violations in the form with errors shown, nor with the phone/e-mail fallback', async ({ page }) => {
    const { axeViolations } = await import('./widget-helpers.mjs');
    await start(page);
    await skipToResults(page);
    await fillForm(page, { email: 'ana@', consent: false });
    await send(page);
    await expect(page.getByText('Check the e-mail address, for example name@example.com.')).toBeVisible();
    expect(await axeViolations(page), 'errors').toEqual([]);
    h.receiver.setFaults({ sequence: ['reject'] });
    await page.waitForTimeout(3000); // the bot guard
    await fillForm(page);
    await send(page);
    await expect(page.locator('back-check [part="lead-fallback"] a[href^="tel:"]')).toBeVisible();
    expect(await axeViolations(page), 'fallback').toEqual([]);
  });
});
