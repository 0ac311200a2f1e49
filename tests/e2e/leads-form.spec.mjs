// The lead form on the results screen, against the reference receiver: what is
// asked, what is checked, and that nothing leaves the page without consent.
import { expect, test } from '@playwright/test';
import { startHarness } from '../receiver/harness.mjs';
import { CLINIC, field, fillForm, leadRequests, openForm, send, status } from '../receiver/e2e.mjs';

let h;
test.beforeAll(async () => (h = await startHarness()));
test.afterAll(() => h.close());

test('a valid form with consent is delivered once, with the key in the header and the body', async ({ page }) => {
  const problems = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  const requests = leadRequests(page);
  await openForm(page, h.url);
  await fillForm(page, { phone: '+1 555 010 2222', note: 'Mornings are best', marketing: true });
  await field(page, 'Best time to contact you').selectOption('morning');
  await send(page);
  await expect(status(page)).toHaveText(`Sent. ${CLINIC} will contact you at the time you chose, usually within 2 working days. If you have not heard by then, please call them.`);
  expect(requests).toHaveLength(1);
  const key = requests[0].headers()['idempotency-key'];
  const lead = h.receiver.leads().find((l) => l.idempotencyKey === key);
  expect(JSON.parse(requests[0].postData()).idempotencyKey).toBe(key);
  expect(lead.contact).toEqual({ name: 'Ana Ruiz', email: 'ana@mail.test', phone: '+1 555 010 2222', note: 'Mornings are best', preferredTime: 'morning' });
  expect(lead.consents).toMatchObject({ shareWithClinic: true, marketing: true });
  expect(lead.triage.level).toBe('pt_evaluation');
  expect(lead.answers).toBeUndefined();
  expect(lead.summary).toContain('Mornings are best');
  expect(await page.evaluate(() => window.__leads.outbox())).toEqual([]);
  await expect(page.getByRole('button', { name: `Send to ${CLINIC}` })).toBeDisabled();
  expect(problems, 'nothing on the console, no CSP violation').toEqual([]);
});

test('without consent (1) nothing is sent, and the visitor is told why', async ({ page }) => {
  const requests = leadRequests(page);
  const before = h.receiver.log.length;
  await openForm(page, h.url);
  await fillForm(page, { consent: false, marketing: true });
  await send(page);
  const consent = field(page, `Send my answers and results to ${CLINIC} so they can contact me.`);
  await expect(page.getByText('Tick this box to send your details, or call the clinic instead.')).toBeVisible();
  await expect(consent).toHaveAttribute('aria-invalid', 'true');
  await expect(consent).toBeFocused();
  await page.waitForTimeout(500);
  expect(requests).toEqual([]);
  expect(h.receiver.log.length).toBe(before);
  expect(await page.evaluate(() => window.__leads.outbox())).toEqual([]);
});

test('bad e-mail and phone get specific messages; fixing them lets the lead go', async ({ page }) => {
  const requests = leadRequests(page);
  await openForm(page, h.url);
  await fillForm(page, { email: '', phone: '' });
  await send(page);
  await expect(page.getByText('Enter an e-mail address or a phone number.')).toBeVisible();
  await expect(field(page, 'E-mail')).toBeFocused();

  await fillForm(page, { email: 'ana@mail', phone: '12 34' });
  await send(page);
  await expect(page.getByText('Check the e-mail address, for example name@example.com.')).toBeVisible();
  await expect(page.getByText('Check the phone number: 7 to 15 digits.')).toBeVisible();
  await expect(field(page, 'E-mail')).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, 'Phone')).toHaveAttribute('aria-invalid', 'true');
  const describedBy = await field(page, 'Phone').getAttribute('aria-describedby');
  expect(describedBy).toMatch(/phone-error/);
  expect(requests).toEqual([]);

  await fillForm(page, { email: '', phone: '0171 555 0199' });
  await send(page);
  await expect(status(page)).toHaveText(`Sent. ${CLINIC} will contact you at the time you chose, usually within 2 working days. If you have not heard by then, please call them.`);
  await expect(field(page, 'Phone')).not.toHaveAttribute('aria-invalid', 'true');
  expect(requests).toHaveLength(1);
});

test('XSS payloads in the text fields arrive as inert text and render as text', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
  const name = '<img src=x onerror="window.__xss=1">';
  const note = '</pre><script>window.__xss=2</script><svg onload="window.__xss=3">&lt;b&gt;';
  await openForm(page, h.url, `clinic=${encodeURIComponent('<b onmouseover=alert(1)>PT</b>')}`);
  const clinic = '<b onmouseover=alert(1)>PT</b>';
  await field(page, 'Name (optional)').fill(name);
  await field(page, 'E-mail').fill('"><svg onload=alert(1)>@mail.test');
  await field(page, 'Message (optional)').fill(note);
  await field(page, `Send my answers and results to ${clinic} so they can contact me.`).check();
  await page.getByRole('button', { name: `Send to ${clinic}` }).click();
  await expect(page.getByText('Check the e-mail address, for example name@example.com.')).toBeVisible();
  await field(page, 'E-mail').fill('ana@mail.test');
  await page.getByRole('button', { name: `Send to ${clinic}` }).click();
  await expect(status(page)).toHaveText(`Sent. ${clinic} will contact you at the time you chose, usually within 2 working days. If you have not heard by then, please call them.`);

  const lead = h.receiver.leads().find((l) => l.contact.name === name);
  expect(lead.contact.note).toBe(note);
  const preview = page.locator('[part="lead-form"] pre');
  await expect(preview).toContainText(name);
  await expect(preview).toContainText(note);
  const injected = await page.evaluate(() => {
    const root = document.getElementById('host').shadowRoot;
    return { xss: window.__xss ?? null, elements: root.querySelectorAll('img, script, svg, b').length };
  });
  expect(injected).toEqual({ xss: null, elements: 0 });
  expect(dialogs).toEqual([]);
});

test('the honeypot: a bot that fills the hidden field is told "sent" and nothing is sent', async ({ page }) => {
  const requests = leadRequests(page);
  await openForm(page, h.url);
  await fillForm(page);
  await page.locator('input[name="bc_hp"]').fill('https://spam.example', { force: true });
  await send(page);
  await expect(status(page)).toHaveText(`Sent. ${CLINIC} will contact you at the time you chose, usually within 2 working days. If you have not heard by then, please call them.`);
  await page.waitForTimeout(300);
  expect(requests).toEqual([]);
  await expect(page.locator('input[name="bc_hp"]')).toHaveAttribute('tabindex', '-1');
});

test('a submission faster than the minimum fill time is held back; pressing again later sends it', async ({ page }) => {
  const requests = leadRequests(page);
  await openForm(page, h.url, 'minFill=5000');
  const opened = Date.now();
  await field(page, 'E-mail').fill('quick@mail.test');
  await field(page, `Send my answers and results to ${CLINIC} so they can contact me.`).check();
  await send(page);
  test.skip(Date.now() - opened > 4500, 'the machine was too slow to submit within the minimum fill time');
  await expect(status(page)).toHaveText('Just a moment: wait a few seconds, then press send again.');
  expect(requests).toEqual([]);
  await page.waitForTimeout(5000 - (Date.now() - opened) + 100);
  await send(page);
  await expect(status(page)).toHaveText(`Sent. ${CLINIC} will contact you at the time you chose, usually within 2 working days. If you have not heard by then, please call them.`);
  expect(requests).toHaveLength(1);
});

test('booking link: https with UTM tags, prefilled for Calendly only after consent (1)', async ({ page }) => {
  await openForm(page, h.url);
  const book = page.locator('[part="booking-link"]');
  await expect(book).toHaveAttribute('target', '_blank');
  await expect(book).toHaveAttribute('rel', 'noopener noreferrer');
  const params = async () => Object.fromEntries(new URL(await book.getAttribute('href')).searchParams);
  expect(await params()).toEqual({ utm_source: 'backcheck', utm_medium: 'widget', utm_campaign: 'back_self_check' });
  await fillForm(page, { consent: false });
  expect((await params()).email).toBeUndefined();
  await field(page, `Send my answers and results to ${CLINIC} so they can contact me.`).check();
  expect(await params()).toMatchObject({ name: 'Ana Ruiz', email: 'ana@mail.test' });
});

test('a javascript: booking URL gives no booking link at all', async ({ page }) => {
  await openForm(page, h.url, `booking=${encodeURIComponent('javascript:alert(document.domain)')}`);
  await expect(page.locator('[part="booking-link"]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(page.locator('[part="call-link"]')).toHaveAttribute('href', 'tel:+15550109999');
});

test('mailto-only mode (no endpoint): no request; a prepared e-mail with the summary', async ({ page }) => {
  const requests = leadRequests(page);
  await openForm(page, h.url, 'endpoint=');
  await fillForm(page);
  await page.getByRole('button', { name: `Prepare an e-mail to ${CLINIC}` }).click();
  const mail = page.locator('[part="lead-fallback"] a[href^="mailto:"]');
  await expect(mail).toBeFocused();
  const href = new URL(await mail.getAttribute('href'));
  expect(href.pathname).toBe('desk@riverbend.example');
  expect(href.searchParams.get('body')).toContain('Ana Ruiz · ana@mail.test');
  expect(href.searchParams.get('body')).toContain('Triage: pt_evaluation');
  expect(requests).toEqual([]);
});

test('include-answers adds the raw answers; analytics pushes funnel events without contact or health details', async ({ page }) => {
  await openForm(page, h.url, 'answers&analytics');
  await fillForm(page, { email: 'zoe@mail.test' });
  await page.locator('[part="booking-link"]').evaluate((a) => a.addEventListener('click', (e) => e.preventDefault()));
  await page.locator('[part="booking-link"]').click();
  await send(page);
  await expect(status(page)).toHaveText(`Sent. ${CLINIC} will contact you at the time you chose, usually within 2 working days. If you have not heard by then, please call them.`);
  const lead = h.receiver.leads().find((l) => l.contact.email === 'zoe@mail.test');
  expect(lead.answers).toEqual({ schemaVersion: 1, about: { ageYears: 44, duration: '1_4_weeks' } });
  const layer = await page.evaluate(() => window.dataLayer);
  expect(layer).toEqual([{ event: 'backcheck_cta', backcheck_cta: 'book' }, { event: 'backcheck_lead_sent' }]);
});

test('no dataLayer at all when analytics is off', async ({ page }) => {
  await openForm(page, h.url);
  await fillForm(page);
  await send(page);
  await expect(status(page)).toHaveText(`Sent. ${CLINIC} will contact you at the time you chose, usually within 2 working days. If you have not heard by then, please call them.`);
  expect(await page.evaluate(() => 'dataLayer' in window)).toBe(false);
});

test('in Spanish: labels, statuses and the summary labels are Spanish; codes stay codes', async ({ page }) => {
  await openForm(page, h.url, 'locale=es');
  await field(page, 'Correo electrónico').fill('eva@mail.test');
  await field(page, `Enviar mis respuestas y resultados a ${CLINIC} para que puedan contactarme.`).check();
  await page.getByRole('button', { name: `Enviar a ${CLINIC}` }).click();
  await expect(status(page)).toHaveText(`Enviado. ${CLINIC} se pondrá en contacto con usted en el momento que eligió, normalmente en 2 días hábiles. Si para entonces no tiene noticias, llame a la clínica.`);
  const lead = h.receiver.leads().find((l) => l.contact.email === 'eva@mail.test');
  expect(lead.locale).toBe('es');
  expect(lead.summary).toMatch(/^Triaje: pt_evaluation \(/m);
  expect(lead.consents.wording.shareWithClinic).toBe(`Enviar mis respuestas y resultados a ${CLINIC} para que puedan contactarme.`);
  expect(await page.locator('#host').evaluate((el) => el.shadowRoot.textContent)).not.toMatch(/\blead\.[a-z]/);
});
