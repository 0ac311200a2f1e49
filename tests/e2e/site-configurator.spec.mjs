// The clinic owner's configurator (site/configure.html): settings → snippet →
// the same widget on a blank page of another site; clear messages for bad
// values; copy; settings file export and import.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

import { axeViolations, firstScreen, openBlankPageWith, skipToResults, watchConsole } from './site-helpers.mjs';

const es = JSON.parse(await readFile('web/locales/es.json', 'utf8'));

const opt = (page, name) => page.locator(`#opt-${name}`);

// The widget announces a loaded core (glue + .wasm, under the snippet's integrity
// hashes) with a composed backcheck:core-ready event; count them from the start.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.__backcheckReady = 0;
    addEventListener('backcheck:core-ready', () => (window.__backcheckReady += 1), true);
  });
});
const widgetReady = (page) => page.waitForFunction(() => window.__backcheckReady > 0);

async function configure(page, values) {
  await page.goto('/configure.html');
  for (const [name, value] of Object.entries(values)) {
    const field = opt(page, name);
    if (typeof value === 'boolean') await field.setChecked(value);
    else if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
}

const CLINIC = {
  'clinic-name': 'Clínica Sol & Luna "Norte"',
  'clinic-phone': '+1 (512) 555-0188',
  'clinic-email': 'citas@example.com',
  'booking-url': 'https://booking.example.com/sol?x=1&y=2',
  locale: 'es',
  state: 'TX',
  accent: '#7a1f5c',
  'include-answers': true,
};

test('the snippet pasted into a blank page of another site renders the configured widget', async ({ page, baseURL }) => {
  await configure(page, CLINIC);
  await expect(page.locator('#problems')).toBeHidden();
  const snippet = await page.locator('#snippet-element').inputValue();
  expect(snippet).toContain('/widget/back-check.js');

  // The live preview already shows these settings.
  const preview = page.locator('#preview back-check');
  await expect(preview).toHaveAttribute('clinic-name', CLINIC['clinic-name']);
  await expect(preview).toHaveAttribute('accent', CLINIC.accent);

  const problems = watchConsole(page);
  await openBlankPageWith(page, baseURL, snippet);
  await widgetReady(page);
  const widget = page.locator('back-check');
  await expect(widget).toHaveCount(1);
  for (const [name, value] of Object.entries(CLINIC)) {
    if (value === true) await expect(widget).toHaveAttribute(name, '');
    else await expect(widget).toHaveAttribute(name, value);
  }
  await expect(widget).not.toHaveAttribute('analytics', /.*/);

  // What the visitor sees: the clinic's name, Spanish, the accent colour, the booking link.
  await expect(widget.locator('[part~="header"]')).toContainText(CLINIC['clinic-name']);
  await expect(widget.locator('[part~="frame"]')).toHaveAttribute('lang', 'es');
  const start = widget.locator('[part~="start"]');
  await expect(start).toHaveText(es['intro.start']);
  await expect(start).toHaveCSS('background-color', 'rgb(122, 31, 92)');
  await skipToResults(widget);
  const booking = widget.locator('a[href^="https://booking.example.com/"]:visible').first();
  await expect(booking).toHaveAttribute('href', /^https:\/\/booking\.example\.com\/sol\?x=1&y=2&utm_source=backcheck&/);
  await expect(booking).toHaveAttribute('target', '_blank');
  await expect(widget.locator('a[href^="tel:"]:visible').first()).toHaveAttribute('href', /^tel:\+?15125550188$/);
  expect(problems).toEqual([]);
});

test('the integrity (SRI) snippet loads the widget, and a wrong hash blocks it', async ({ page, baseURL }) => {
  await configure(page, { 'clinic-name': 'Riverbend PT' });
  await expect(page.locator('#sri')).toBeEnabled();
  await page.locator('#sri').check();
  const snippet = await page.locator('#snippet-element').inputValue();
  const hashes = JSON.parse(await readFile('build/web/sri.json', 'utf8'));
  // The loader after the element carries the script's hash; the printed stylesheet link its own.
  expect(snippet).toContain(`data-backcheck-integrity="${hashes['back-check.js']}"`);
  expect(snippet).toContain(`back-check.css" integrity="${hashes['back-check.css']}" crossorigin="anonymous"`);
  await expect(page.locator('#sri-list')).toContainText(hashes['backcheck-core.js']);

  await openBlankPageWith(page, baseURL, snippet);
  await widgetReady(page);

  const tampered = snippet.replace(/data-backcheck-integrity="sha384-[^"]+"/, `data-backcheck-integrity="sha384-${'A'.repeat(64)}"`);
  expect(tampered).not.toBe(snippet);
  await openBlankPageWith(page, baseURL, tampered);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => !!customElements.get('back-check'))).toBe(false);
});

test('the iframe snippet pasted into a blank page shows the configured widget', async ({ page, baseURL }) => {
  await configure(page, { 'clinic-name': 'Riverbend PT', locale: 'es', accent: '#1d4ed8' });
  const snippet = await page.locator('#snippet-iframe').inputValue();
  expect(snippet).toMatch(/<iframe data-backcheck-embed src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?/);
  expect(snippet).toContain('height="900"');

  const { frameBoot } = firstScreen;
  expect(snippet.startsWith(`<script>${frameBoot.script}</script>\n<iframe`)).toBe(true);
  await page.getByText('Integrity hashes and Content-Security-Policy').click();
  await expect(page.locator('#frame-boot-hash')).toHaveText(`'${frameBoot.hash}'`);

  // Under a CSP that allows the loader by the hash the configurator shows: no console error.
  const problems = watchConsole(page);
  const origin = new URL(baseURL).origin;
  await openBlankPageWith(page, baseURL, snippet, { csp: `default-src 'self'; script-src '${frameBoot.hash}'; frame-src ${origin}` });
  const frame = page.frameLocator('iframe[data-backcheck-embed]');
  const widget = frame.locator('back-check');
  await expect(widget).toHaveAttribute('clinic-name', 'Riverbend PT');
  await expect.poll(() => page.locator('iframe[data-backcheck-embed]').getAttribute('scrolling')).toBe('no');
  expect(problems).toEqual([]);
  await expect(widget).toHaveAttribute('locale', 'es');
  await expect(widget).toHaveAttribute('accent', '#1d4ed8');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'es');
});

test('bad values show a clear message at the field and in a summary, and block copying', async ({ page }) => {
  await configure(page, {
    'clinic-name': '',
    'clinic-phone': 'call us',
    'clinic-email': 'front desk',
    'booking-url': 'http://booking.example.com/x',
    'lead-endpoint': 'ftp://leads.example.com',
    logo: 'logo.png',
    accent: '#ffcc00',
  });
  const error = (name) => page.locator(`#err-${name}`);
  await expect(error('clinic-name')).toHaveText('This is required.');
  await expect(error('clinic-phone')).toHaveText(/Use only digits, spaces/);
  await expect(error('clinic-email')).toHaveText(/e-mail address like care@example\.com/);
  await expect(error('booking-url')).toHaveText(/Use https:\/\/ \(plain http:\/\/ is only allowed for localhost/);
  await expect(error('lead-endpoint')).toHaveText('Only https:// web addresses are allowed here.');
  await expect(error('logo')).toHaveText(/Enter a full web address starting with https:\/\//);
  await expect(error('accent')).toHaveText(/contrast of 1\.\d\d:1; it needs at least 4\.5:1/);
  await expect(opt(page, 'clinic-phone')).toHaveAttribute('aria-invalid', 'true');

  const summary = page.locator('#problems');
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('Fix these 7 settings before copying');
  await expect(summary.getByRole('link', { name: /^Phone: / })).toHaveAttribute('href', '#opt-clinic-phone');
  await expect(page.getByRole('button', { name: 'Copy snippet' })).toBeDisabled();
  // Bad values never reach the snippet.
  const snippet = await page.locator('#snippet-element').inputValue();
  expect(snippet).not.toContain('call us');
  expect(snippet).not.toContain('ftp:');

  // Too short a number, a local test address and a dark colour are fine or explained.
  await opt(page, 'clinic-phone').fill('555-01');
  await expect(error('clinic-phone')).toHaveText(/7 to 15 digits/);
  await opt(page, 'clinic-phone').fill('+44 (0) 20 7946 0958 1');
  await expect(error('clinic-phone')).toHaveText(/at most 20 characters/);
  await opt(page, 'clinic-name').fill('Riverbend PT');
  await opt(page, 'clinic-phone').fill('(608) 555-0142');
  await opt(page, 'clinic-email').fill('care@example.com');
  await opt(page, 'booking-url').fill('http://localhost:3000/book');
  await opt(page, 'lead-endpoint').fill('https://leads.example.com/api');
  await opt(page, 'logo').fill('https://example.com/logo.svg');
  await opt(page, 'accent').fill('#0f6e6a');
  await expect(page.locator('#contrast-accent')).toContainText('6.07:1 (passes');
  await expect(summary).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy snippet' })).toBeEnabled();
  await expect(page.locator('.field .error:visible')).toHaveCount(0);
});

test('copy puts the snippet on the clipboard, or selects it when the clipboard is refused', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await configure(page, { 'clinic-name': 'Riverbend PT' });
  await page.getByRole('button', { name: 'Copy snippet' }).click();
  await expect(page.locator('#copy-status')).toHaveText(/^Copied/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator('#snippet-element').inputValue());

  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await page.getByRole('button', { name: 'Copy iframe snippet' }).click();
  await expect(page.locator('#copy-status')).toHaveText(/selected: press Ctrl\+C/);
  const selected = await page.evaluate(() => {
    const area = document.activeElement;
    return area.id === 'snippet-iframe' ? area.value.slice(area.selectionStart, area.selectionEnd) : '';
  });
  expect(selected).toBe(await page.locator('#snippet-iframe').inputValue());
});

test('settings download as JSON and load back; a bad file is refused with reasons', async ({ page }) => {
  await configure(page, CLINIC);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download settings' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('backcheck-settings.json');
  const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(saved).toMatchObject({ format: 'backcheck-settings', version: 1, attributes: { ...CLINIC, analytics: false } });

  // Load it into a fresh configurator (defaults differ).
  await page.goto('/configure.html');
  await expect(opt(page, 'clinic-name')).toHaveValue('Riverbend Physical Therapy');
  const file = (name, data) => ({ name, mimeType: 'application/json', buffer: Buffer.from(data) });
  await page.locator('#import').setInputFiles(file('mine.json', JSON.stringify(saved)));
  await expect(page.locator('#import-status')).toHaveText('Loaded the settings from "mine.json".');
  await expect(opt(page, 'clinic-name')).toHaveValue(CLINIC['clinic-name']);
  await expect(opt(page, 'state')).toHaveValue('TX');
  await expect(opt(page, 'include-answers')).toBeChecked();
  await expect(page.locator('#preview back-check')).toHaveAttribute('locale', 'es');

  const bad = { ...saved, attributes: { ...saved.attributes, 'clinic-phone': 'none', colour: 'red', analytics: 'yes' } };
  await page.locator('#import').setInputFiles(file('bad.json', JSON.stringify(bad)));
  const status = page.locator('#import-status');
  await expect(status).toContainText('"bad.json" was not loaded; nothing was changed:');
  await expect(status.locator('li')).toHaveText([
    /^clinic-phone: Use only digits/,
    'analytics: Use true or false.',
    'Unknown setting "colour".',
  ]);
  await expect(opt(page, 'clinic-phone')).toHaveValue(CLINIC['clinic-phone']);

  await page.locator('#import').setInputFiles(file('broken.json', '{"format": "backcheck-settings",'));
  await expect(status).toContainText('The file is not valid JSON');
  await page.locator('#import').setInputFiles(file('other.json', '{"name": "x"}'));
  await expect(status).toContainText('This is not a backcheck settings file');
});

test('the configurator is accessible and fits a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/configure.html');
  await expect(page.locator('#snippet-element')).not.toHaveValue('');
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await opt(page, 'clinic-phone').fill('x');
  expect(await axeViolations(page)).toEqual([]);
});

test('the preview follows the form without a reload', async ({ page }) => {
  await page.goto('/configure.html');
  await widgetReady(page);
  await opt(page, 'clinic-name').fill('North Shore Physio');
  await opt(page, 'locale').selectOption('es');
  const preview = page.locator('#preview back-check');
  await expect(preview).toHaveAttribute('clinic-name', 'North Shore Physio');
  await expect(preview).toHaveAttribute('locale', 'es');
  expect(page.url()).toMatch(/\/configure\.html$/);
});

/**
 * Pastes `snippet` into a clinic page on another origin whose CSP allows the
 * widget's host (plus `scriptSource` in script-src) and nothing inline, and
 * starts the check there without a CSP violation.
 */
async function startsUnderCsp(page, baseURL, snippet, scriptSource = '') {
  const widgetHost = new URL(baseURL).origin;
  const csp = [`script-src ${widgetHost} ${scriptSource} 'wasm-unsafe-eval'`, `style-src ${widgetHost}`, `connect-src ${widgetHost}`, `img-src 'self' data: ${widgetHost}`].join('; ');
  const violations = [];
  page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
  await openBlankPageWith(page, baseURL, snippet, { csp });
  await widgetReady(page);
  await page.locator('back-check').getByRole('button', { name: 'Start the check' }).click();
  await expect(page.locator('back-check').getByRole('heading', { level: 2, name: 'First, your safety' })).toBeFocused();
  expect(violations).toEqual([]);
}

test('the snippet says which hash a site with a Content-Security-Policy allows, and works under such a policy', async ({ page, baseURL }) => {
  await configure(page, { 'clinic-name': 'Riverbend PT', locale: 'en' });
  const { boot } = firstScreen;
  await page.getByText('Integrity hashes and Content-Security-Policy').click();
  await expect(page.locator('#snip-el-csp')).toBeVisible();
  await expect(page.locator('#boot-hash')).toHaveText(`'${boot.hash}'`);
  const snippet = await page.locator('#snippet-element').inputValue();
  await startsUnderCsp(page, baseURL, snippet, `'${boot.hash}'`);
});

test('a site whose CSP allows no inline script at all gets a snippet with a plain script tag, which works under that policy', async ({ page, baseURL }) => {
  await configure(page, { 'clinic-name': 'Riverbend PT', locale: 'en' });
  await page.getByText('Integrity hashes and Content-Security-Policy').click();
  await page.getByLabel('My site allows no inline script, not even by its hash').check();
  const snippet = await page.locator('#snippet-element').inputValue();
  expect(snippet).toMatch(/^<script type="module" src="[^"]+\/widget\/back-check\.js" fetchpriority="low"><\/script>\n<back-check/);
  expect(snippet).toContain('<template shadowrootmode="open">'); // the first screen is still printed
  expect(snippet).not.toContain('data-backcheck-src');
  // BRIEF §4's strict policy: no inline script, no hash.
  await startsUnderCsp(page, baseURL, snippet);
});
