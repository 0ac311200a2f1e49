// The iframe version (site/embed.html + the snippet's loader, web/frame-boot.ts,
// or site/embed-host.js in older snippets) on a clinic page of another origin:
// configuration from the query, auto-resizing without scrollbars, origin and
// type checks on the height messages, and the fixed fallback height when the
// host page runs no script. When the frame loads: site-embed-loader.spec.mjs.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

import { loadSite } from '../web/load.mjs';
import { axeViolations, clinicOrigin, FRAME, firstScreen, frameHeight, openBlankPageWith, watchConsole } from './site-helpers.mjs';

// The configurator's own snippet code, with the shared rules it imports from /widget/rules.js.
const { iframeSnippet, IFRAME_FALLBACK_HEIGHT } = await loadSite('snippets.js');

const SNIPPETS = {
  'the snippet with its loader': (settings, baseURL) => iframeSnippet(settings, baseURL, firstScreen),
  'an older snippet with embed-host.js': (settings, baseURL) => iframeSnippet(settings, baseURL),
};

/** The embedded page's own height: what the iframe must match to need no scrollbar. */
const contentHeight = (frame) => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
const embedFrame = async (page) => (await page.locator(FRAME).elementHandle()).contentFrame();

async function openHost(page, baseURL, settings, { withHostScript = true, snippet: kind = 'the snippet with its loader' } = {}) {
  let snippet = SNIPPETS[kind](settings, baseURL);
  if (!withHostScript) snippet = snippet.replace(/<script[^>]*>[\s\S]*?<\/script>/, '');
  await openBlankPageWith(page, baseURL, `<h1>Our clinic</h1>\n${snippet}\n<p>Footer</p>`);
  await expect(page.frameLocator(FRAME).locator('back-check')).toHaveCount(1);
  return await embedFrame(page);
}

for (const kind of Object.keys(SNIPPETS)) test.describe(kind, () => {
  test('the iframe takes its content height, follows changes, and never scrolls', async ({ page, baseURL }) => {
    const problems = watchConsole(page);
    const frame = await openHost(page, baseURL, { 'clinic-name': 'Riverbend PT' }, { snippet: kind });
    await expect.poll(() => frameHeight(page)).not.toBe(IFRAME_FALLBACK_HEIGHT);
    await expect.poll(async () => frameHeight(page)).toBe(await contentHeight(frame));
    expect(await page.locator(FRAME).getAttribute('scrolling')).toBe('no');

    // The content grows (as when the visitor moves to a longer step) …
    await frame.evaluate(() => {
      const block = document.createElement('div');
      block.id = 'grow';
      block.style.height = '1500px';
      document.getElementById('embed-root').append(block);
    });
    const grown = await contentHeight(frame);
    expect(grown).toBeGreaterThan(1500);
    await expect.poll(() => frameHeight(page)).toBe(grown);
    const overflow = () => frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);
    expect(await overflow()).toBeLessThanOrEqual(0);

    // … and shrinks again.
    await frame.evaluate(() => document.getElementById('grow').remove());
    const shrunk = await contentHeight(frame);
    expect(shrunk).toBeLessThan(grown);
    await expect.poll(() => frameHeight(page)).toBe(shrunk);
    expect(await overflow()).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
  });

  test('the host script ignores height messages from other windows or origins and non-numeric heights', async ({ page, baseURL }) => {
    const frame = await openHost(page, baseURL, { 'clinic-name': 'Riverbend PT' }, { snippet: kind });
    await expect.poll(() => frameHeight(page)).toBe(await contentHeight(frame));
    const settled = await frameHeight(page);

    const unchanged = async (what) => {
      await page.waitForTimeout(150);
      expect(await frameHeight(page), what).toBe(settled);
    };

    // The host page itself (another origin than the iframe) claims to be the iframe.
    await page.evaluate(() => window.postMessage({ type: 'backcheck:height', height: 4321 }, '*'));
    await unchanged('message from the host page itself');
    // The iframe's page sends junk heights.
    for (const height of ['5000', '5000px', null, -20, 0, 1e9, { valueOf: 5000 }]) {
      await frame.evaluate((h) => window.parent.postMessage({ type: 'backcheck:height', height: h }, '*'), height);
      await unchanged(`height ${JSON.stringify(height)}`);
    }
    await frame.evaluate(() => window.parent.postMessage({ kind: 'height', height: 1234 }, '*'));
    await unchanged('message of another type');
    // Another iframe, even from the widget's own origin, is not this iframe.
    await page.evaluate((src) => {
      const other = document.createElement('iframe');
      other.src = src;
      other.id = 'other';
      document.body.append(other);
    }, `${baseURL}/embed.html?clinic-name=Other`);
    await expect(page.frameLocator('#other').locator('back-check')).toHaveCount(1);
    const otherFrame = page.frames().find((f) => f.url().includes('clinic-name=Other'));
    await otherFrame.evaluate(() => window.parent.postMessage({ type: 'backcheck:height', height: 1234 }, '*'));
    await unchanged('message from another iframe');

    // The iframe's page navigates to another origin, which then reports a height.
    const elsewhere = `${clinicOrigin(baseURL)}/elsewhere.html`;
    await page.route(elsewhere, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>x</title><script>parent.postMessage({ type: "backcheck:height", height: 2222 }, "*"); document.title = "sent";</script>',
      }),
    );
    await frame.evaluate((url) => (location.href = url), elsewhere);
    await expect.poll(() => page.frames().find((f) => f.url() === elsewhere)?.title()).toBe('sent');
    await unchanged('message from another origin inside the iframe');
    // eslint-disable-next-line no-self-assign -- setting src again reloads the frame
    await page.locator(FRAME).evaluate((el) => (el.src = el.src));
    await expect.poll(async () => (await embedFrame(page)).url()).toContain('/embed.html');

    // A real report from the iframe still works afterwards.
    const reloaded = await embedFrame(page);
    await expect(reloaded.locator('back-check')).toHaveCount(1);
    await reloaded.evaluate(() => {
      const block = document.createElement('div');
      block.style.height = '777px';
      document.getElementById('embed-root').append(block);
    });
    const taller = await contentHeight(reloaded);
    expect(taller).toBeGreaterThan(settled);
    await expect.poll(() => frameHeight(page)).toBe(taller);
  });
});

test('a host script that arrives after the iframe has loaded still sizes it', async ({ page, baseURL }) => {
  const frame = await openHost(page, baseURL, { 'clinic-name': 'Riverbend PT' }, { withHostScript: false, snippet: 'an older snippet with embed-host.js' });
  await expect(frame.locator('back-check')).toHaveCount(1);
  await page.waitForTimeout(300);
  expect(await frameHeight(page)).toBe(IFRAME_FALLBACK_HEIGHT);
  await page.evaluate((src) => {
    const script = document.createElement('script');
    script.src = src;
    document.body.append(script);
  }, `${baseURL}/embed-host.js`);
  await expect.poll(async () => frameHeight(page)).toBe(await contentHeight(frame));
});

for (const kind of Object.keys(SNIPPETS)) test(`without the host script (${kind}) the iframe keeps its fixed height and the widget still works`, async ({ page, baseURL }) => {
  await openHost(page, baseURL, { 'clinic-name': 'Riverbend PT' }, { withHostScript: false, snippet: kind });
  await page.waitForTimeout(500);
  expect(await frameHeight(page)).toBe(IFRAME_FALLBACK_HEIGHT);
  const widget = page.frameLocator(FRAME).locator('back-check');
  await expect(widget).toHaveAttribute('clinic-name', 'Riverbend PT');
  expect(await widget.evaluate((el) => el.shadowRoot.childElementCount)).toBeGreaterThan(0);
});

test('embed.html takes valid options from the query and drops invalid ones', async ({ page }) => {
  const query = new URLSearchParams({
    'clinic-name': 'Riverbend PT',
    'clinic-phone': 'not a phone',
    'booking-url': 'javascript:alert(1)',
    'lead-endpoint': 'http://leads.example.com/x',
    logo: 'https://example.com/logo.png',
    accent: '#ffff00',
    locale: 'es',
    state: 'ZZ',
    analytics: '1',
    'include-answers': 'no',
    onclick: 'alert(1)',
  });
  const response = await page.goto(`/embed.html?${query}`);
  expect(response.headers()['content-security-policy']).toContain('frame-ancestors *');
  const widget = page.locator('back-check');
  await expect(widget).toHaveAttribute('clinic-name', 'Riverbend PT');
  await expect(widget).toHaveAttribute('logo', 'https://example.com/logo.png');
  await expect(widget).toHaveAttribute('locale', 'es');
  await expect(widget).toHaveAttribute('analytics', '');
  for (const dropped of ['clinic-phone', 'booking-url', 'lead-endpoint', 'accent', 'state', 'include-answers', 'onclick']) {
    await expect(widget).not.toHaveAttribute(dropped, /.*/);
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('the host script stays within 1 KB and the embed page is accessible', async ({ page }) => {
  const host = await readFile('site/embed-host.js');
  expect(host.length).toBeLessThanOrEqual(1024);
  await page.goto('/embed.html?clinic-name=Riverbend%20PT');
  await expect(page.locator('back-check')).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
});
