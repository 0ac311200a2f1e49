// The WordPress plugin in Debian's WordPress 6.1 (tests/wordpress/run.sh): the
// clinic owner activates it, saves the settings on its settings page (a
// javascript: booking URL is refused), puts the block into a post; a visitor
// completes the check there and the lead reaches the receiver (the reference
// receiver, tests/receiver/server.mjs, which takes the clinic inbox's contract).
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { startReceiver } from '../receiver/server.mjs';
import { AXE_SOURCE, SCREENSHOTS } from '../e2e/widget-helpers.mjs';
import { CLINIC, fillForm, send, status } from '../receiver/e2e.mjs';

// The widget's inline loader, as the build wrote it (web/boot.ts).
const firstScreen = JSON.parse(readFileSync(new URL('../../build/web/first-screen.json', import.meta.url), 'utf8'));

test.describe.configure({ mode: 'serial' });

const RECEIVER_PORT = 8852;
const BOOKING = 'https://riverbend.example/book';
let receiver;
let admin; // a logged-in page of the clinic owner
let postUrl;

test.beforeAll(async ({ browser, baseURL }) => {
  receiver = await startReceiver({ port: RECEIVER_PORT, origin: baseURL });
  admin = await (await browser.newContext()).newPage();
  await admin.goto('/wp-login.php');
  await admin.getByLabel('Username or Email Address').fill('admin');
  await admin.getByLabel('Password', { exact: true }).fill('backcheck-test-password');
  await admin.getByRole('button', { name: 'Log In' }).click();
  await expect(admin.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
});
test.afterAll(async () => {
  await admin?.context().close();
  await receiver?.close();
});

const setting = (key) => admin.locator(`#backcheck-${key}`);
const preview = () => admin.locator('#backcheck-settings back-check');

test('the plugin activates from the Plugins screen', async () => {
  await admin.goto('/wp-admin/plugins.php');
  await admin.getByRole('link', { name: /^Activate Back Check/ }).click();
  await expect(admin.getByText('Plugin activated.')).toBeVisible();
  await expect(admin.locator('tr[data-plugin="backcheck/backcheck.php"]').getByRole('link', { name: 'Settings' })).toHaveAttribute('href', /options-general\.php\?page=backcheck$/);
});

test('the settings page saves the clinic details, with the real widget as live preview', async () => {
  await admin.goto('/wp-admin/options-general.php?page=backcheck');
  await expect(preview().getByRole('button', { name: 'Start the check' })).toBeVisible();
  await setting('clinic_name').fill(CLINIC);
  await expect(preview()).toHaveAttribute('clinic-name', CLINIC); // live, before saving
  await setting('clinic_phone').fill('(608) 555-0142');
  await setting('clinic_email').fill('care@riverbend.example');
  await setting('booking_url').fill(BOOKING);
  await admin.getByLabel(/Send to this inbox URL/).check();
  await setting('lead_endpoint').fill(`http://127.0.0.1:${RECEIVER_PORT}/leads`);
  await setting('state').selectOption('WI');
  await setting('locale').selectOption('en');
  await setting('accent').fill('#ffff00');
  await expect(admin.locator('#backcheck-accent-error')).toContainText('contrast'); // the configurator's check, live
  await expect(preview()).not.toHaveAttribute('accent', /./);
  await setting('accent').fill('#0f6e6a');
  await expect(preview()).toHaveAttribute('accent', '#0f6e6a');
  await admin.getByRole('button', { name: 'Save Changes' }).click();
  await expect(admin.getByText('Settings saved.')).toBeVisible();
  await expect(setting('clinic_name')).toHaveValue(CLINIC);
  await expect(setting('booking_url')).toHaveValue(BOOKING);
  await expect(setting('lead_endpoint')).toHaveValue(`http://127.0.0.1:${RECEIVER_PORT}/leads`);
  await expect(preview()).toHaveAttribute('lead-endpoint', `http://127.0.0.1:${RECEIVER_PORT}/leads`);
  await admin.screenshot({ path: `${SCREENSHOTS}/wordpress-settings.png`, fullPage: true });
});

test('the settings page refuses a javascript: booking URL and says why', async () => {
  await admin.goto('/wp-admin/options-general.php?page=backcheck');
  await setting('booking_url').fill('javascript:alert(document.cookie)');
  await expect(admin.locator('#backcheck-booking_url-error')).toBeVisible(); // in the browser already…
  await admin.getByRole('button', { name: 'Save Changes' }).click(); // …and on the server, whatever the browser did
  await expect(admin.getByText(/Booking page was not saved: .*javascript:/)).toBeVisible();
  await expect(setting('booking_url')).toHaveValue(BOOKING);
  await expect(setting('clinic_name')).toHaveValue(CLINIC);
});

test('the settings page has no axe violations', async () => {
  await admin.goto('/wp-admin/options-general.php?page=backcheck');
  await expect(preview().getByRole('button', { name: 'Start the check' })).toBeVisible();
  await admin.addScriptTag({ content: AXE_SOURCE });
  const violations = await admin.evaluate(async () => {
    // Our page only (#backcheck-settings); WordPress's own admin chrome is not ours to fix.
    // eslint-disable-next-line no-undef
    const result = await axe.run('#backcheck-settings', { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  expect(violations).toEqual([]);
});

test('the block is in the editor and publishes with a post', async () => {
  await admin.goto('/wp-admin/post-new.php');
  await admin.waitForFunction(() => window.wp?.blocks?.getBlockType('backcheck/self-check') && window.wp.data.select('core/editor').getCurrentPostId());
  const inserter = await admin.evaluate(() =>
    window.wp.data.select('core/block-editor').getInserterItems().some((item) => item.name === 'backcheck/self-check'),
  );
  expect(inserter, 'the block is offered by the inserter').toBe(true);
  const link = await admin.evaluate(async () => {
    const { dispatch, select } = window.wp.data;
    dispatch('core/block-editor').insertBlocks([
      window.wp.blocks.createBlock('core/paragraph', { content: 'Check your back in five minutes.' }),
      window.wp.blocks.createBlock('backcheck/self-check', { state: 'TX' }), // the block's own setting wins over the site's WI
    ]);
    dispatch('core/editor').editPost({ title: 'Is your back pain worth a visit?', status: 'publish' });
    await dispatch('core/editor').savePost();
    return select('core/editor').getPermalink();
  });
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1/);
  postUrl = link;
  await expect(admin.locator('.wp-block-backcheck-self-check, [data-type="backcheck/self-check"]').first()).toBeVisible();
});

test('a visitor completes the check in the post and the clinic receives the lead', async ({ page }) => {
  test.skip(!postUrl, 'needs the published post');
  const wasm = page.waitForResponse((r) => r.url().includes('/plugins/backcheck/widget/backcheck-core.wasm'));
  const outside = [];
  page.on('request', (r) => !r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('data:') && outside.push(r.url()));
  await page.goto(postUrl);
  const widget = page.locator('back-check');
  await expect(widget).toHaveAttribute('clinic-name', CLINIC);
  await expect(widget).toHaveAttribute('state', 'TX');
  await expect(widget).toHaveAttribute('booking-url', BOOKING);
  await expect(widget.locator('[part~="config-error"]')).toHaveCount(0); // every value the plugin wrote is one the widget accepts
  expect((await wasm).headers()['content-type']).toBe('application/wasm');

  await widget.getByRole('button', { name: 'Start the check' }).click();
  await widget.getByRole('checkbox', { name: 'None of these' }).check();
  await widget.getByRole('button', { name: 'Next' }).click();
  for (let i = 0; i < 12; i++) {
    const skip = widget.getByRole('button', { name: 'Skip this step' });
    if (!(await skip.isVisible().catch(() => false))) break;
    await skip.click();
  }
  await expect(widget.locator('[part~="results"]')).toBeVisible();
  await expect(widget.locator('[part~="lead"] [part="lead-form"]')).toBeVisible();
  await expect(widget.locator('[part~="booking-link"]')).toHaveAttribute('href', /^https:\/\/riverbend\.example\/book\?utm_source=backcheck/);

  await page.screenshot({ path: `${SCREENSHOTS}/wordpress-post-results.png`, fullPage: true });
  await page.waitForTimeout(3000); // the form's bot guard: no human fills it in under 3 s
  await fillForm(page, { email: 'wordpress@mail.test' });
  await send(page);
  const en = JSON.parse(readFileSync(new URL('../../web/locales/en.json', import.meta.url), 'utf8'));
  await expect(status(page)).toHaveText(en['lead.status.sent'].replace('{clinic}', CLINIC));
  const lead = receiver.receiver.leads().find((l) => l.contact.email === 'wordpress@mail.test');
  expect(lead.pageUrl).toBe(postUrl.split('?')[0]);
  expect(['pt_evaluation', 'self_care', 'urgent']).toContain(lead.triage.level);
  expect(outside, 'no request leaves the site').toEqual([]);
});

test('the post prints the widget\'s first screen inside the element (issue 18): the page paints it, the element keeps it', async ({ page, request }) => {
  test.skip(!postUrl, 'needs the published post');
  const html = await (await request.get(postUrl)).text();
  const element = html.match(/<back-check\b[\s\S]*?<\/back-check>/)?.[0] ?? '';
  expect(element).toMatch(/<template shadowrootmode="open"><link rel="stylesheet" href="[^"]*\/plugins\/backcheck\/widget\/back-check\.css" integrity="sha384-[\w+/=]+" crossorigin="anonymous" fetchpriority="low">/);
  expect(element).toContain(`<span>${CLINIC} &#xb7; Back pain self-check</span>`);
  await page.addInitScript(() => addEventListener('backcheck:ready', (event) => (window.__ready = event.detail), true));
  await page.goto(postUrl);
  await page.waitForFunction(() => window.__ready !== undefined);
  expect(await page.evaluate(() => window.__ready), 'the element kept the printed first screen').toEqual({ printed: true });
  await expect(page.locator('back-check').getByRole('button', { name: 'Start the check' })).toBeVisible();
});

test('a page without the block loads none of the plugin\'s files', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const response = await page.goto('/?name=stretching-at-your-desk');
  expect(response.status()).toBe(200);
  await expect(page.getByText('A post without the self-check.')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(requests.length).toBeGreaterThan(1); // the theme's own files did load
  expect(requests.filter((url) => url.includes('/plugins/backcheck/'))).toEqual([]);
  expect(await page.content()).not.toMatch(/backcheck|back-check/);
});

test('the shortcode renders the same element: its own valid values over the site\'s, invalid ones ignored', async ({ page }) => {
  await page.goto('/?name=shortcode-check');
  const widget = page.locator('back-check');
  await expect(widget).toHaveAttribute('clinic-name', 'Lakeside Physio');
  await expect(widget).toHaveAttribute('state', 'TX');
  await expect(widget).toHaveAttribute('booking-url', BOOKING); // javascript:… ignored: the site's booking page
  await expect(widget).toHaveAttribute('analytics', '');
  await expect(widget).toHaveAttribute('lead-endpoint', `http://127.0.0.1:${RECEIVER_PORT}/leads`);
  await expect(widget.getByRole('button', { name: 'Start the check' })).toBeVisible();
  await expect(widget.locator('[part~="config-error"]')).toHaveCount(0);
  // As the configurator's snippet (issue 18): no script tag in the page as served, only the widget's
  // loader, once, in the footer; it adds back-check.js as a module after the page's load event.
  const served = await (await page.request.get('/?name=shortcode-check')).text();
  expect(served).not.toMatch(/<script\b[^>]*\ssrc="[^"]*back-check\.js/);
  const boots = [...served.matchAll(/<script data-backcheck-src="([^"]+)">\s*([^<]+?)\s*<\/script>/g)];
  expect(boots.map(([, src]) => new URL(src).pathname.replace(/^.*(?=\/plugins\/)/, ''))).toEqual(['/plugins/backcheck/widget/back-check.js']);
  expect(boots[0][2]).toBe(firstScreen.boot.script);
  expect(served.indexOf('data-backcheck-src')).toBeGreaterThan(served.indexOf('</back-check>'));
  await expect(page.locator('script[type="module"][src*="/plugins/backcheck/widget/back-check.js"]')).toHaveCount(1);
  // The reserved height in <head> (no layout shift while the script loads).
  // inline, once: a stylesheet link would be one more request before the page's first paint.
  await expect(page.locator('head link[href*="/plugins/backcheck/assets/backcheck.css"]')).toHaveCount(0);
  await expect(page.locator('head style#backcheck-inline-css')).toHaveCount(1);
  expect(await page.locator('head style#backcheck-inline-css').textContent()).toContain('back-check:not(:defined){display:block;min-height:540px}');
});

test('lead-mode="mailto" on a shortcode leaves the inbox out: the widget offers an e-mail to the clinic', async ({ page }) => {
  await page.goto('/?name=mailto-check');
  const widget = page.locator('back-check');
  await expect(widget).toHaveAttribute('clinic-email', 'care@riverbend.example');
  await expect(widget).toHaveAttribute('clinic-name', CLINIC);
  await expect(widget).not.toHaveAttribute('lead-endpoint', /./);
});

test('the iframe fallback page holds the check under a strict CSP, framable by the site only', async ({ page }) => {
  const response = await page.goto('/?backcheck-embed=1');
  const csp = response.headers()['content-security-policy'];
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).toContain(`connect-src 'self' http://127.0.0.1:${RECEIVER_PORT}`);
  expect(csp).toContain("frame-ancestors 'self'");
  await expect(page.locator('back-check')).toHaveAttribute('clinic-name', CLINIC);
  await expect(page.locator('back-check').getByRole('button', { name: 'Start the check' })).toBeVisible();
});

test('deleting the plugin removes its settings', async () => {
  const option = () =>
    execFileSync('php', ['-r', 'require getenv("WP_CORE") . "/wp-load.php"; echo json_encode(get_option("backcheck_settings"));'], {
      env: { ...process.env, HTTP_HOST: new URL(admin.url()).host },
    }).toString();
  expect(JSON.parse(option()).clinic_name).toBe(CLINIC);
  await admin.goto('/wp-admin/plugins.php');
  await admin.getByRole('link', { name: /^Deactivate Back Check/ }).click();
  await expect(admin.getByText('Plugin deactivated.')).toBeVisible();
  admin.once('dialog', (dialog) => dialog.accept());
  await admin.getByRole('link', { name: /^Delete Back Check/ }).click();
  await expect(admin.getByText(/was successfully deleted/)).toBeVisible();
  expect(JSON.parse(option())).toBe(false);
});
