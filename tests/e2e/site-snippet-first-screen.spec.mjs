// Issue 18: the configurator's snippet, pasted into a clinic's page on another
// origin, with the widget on its own host: the first screen printed in the
// snippet is painted by the page, styled by the widget host's back-check.css,
// and the element keeps it when its script arrives; the page's CSP lists the
// widget host as docs/embedding.md says (section 6), and nothing is violated.
import { expect, test } from '@playwright/test';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

import { loadSite } from '../web/load.mjs';
import { hold } from './robustness-page.mjs';
import { firstScreen } from './site-helpers.mjs';

// The configurator's own snippet code, with the shared rules it imports from /widget/rules.js.
const { elementSnippet } = await loadSite('snippets.js');

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };
const WEB = join(process.cwd(), 'build', 'web');
let widgetHost, clinicSite;

const listen = (server) => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
const origin = (server) => `http://127.0.0.1:${server.address().port}`;

test.beforeAll(async () => {
  // The widget host: build/web/ under /widget/, CORS open (module scripts and the .wasm are fetched in CORS mode).
  widgetHost = await listen(
    createServer(async (req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
      if (!path.startsWith('/widget/')) return res.writeHead(404).end();
      try {
        const body = await readFile(join(WEB, path.slice('/widget/'.length)));
        res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    }),
  );
  const widget = origin(widgetHost);
  // "/": a language set (the first screen printed); "/any-language": none (the stylesheet alone).
  const snippets = {
    '/': elementSnippet({ 'clinic-name': 'Lakeside Physio', locale: 'en', accent: '#8a1538' }, widget, '', firstScreen),
    '/any-language': elementSnippet({ 'clinic-name': 'Lakeside Physio', accent: '#8a1538' }, widget, '', firstScreen),
  };
  // A clinic with a strict CSP allows the widget's host and the snippet's loader by its hash (docs/embedding.md).
  const csp = [`script-src 'self' ${widget} '${firstScreen.boot.hash}' 'wasm-unsafe-eval'`, `style-src 'self' ${widget}`, `connect-src 'self' ${widget}`, "img-src 'self' data:"].join('; ');
  clinicSite = await listen(
    createServer((req, res) =>
      res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': csp }).end(`<!doctype html><html lang="en">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Blog</title><h1>Our blog</h1>
${snippets[new URL(req.url, 'http://x').pathname] ?? ''}
<p>After the check.</p>`),
    ),
  );
});
test.afterAll(() => {
  widgetHost?.close();
  clinicSite?.close();
});

test('the snippet\'s printed first screen is painted before the script, styled from the widget host, and kept', async ({ page }) => {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    addEventListener('backcheck:ready', (event) => (window.__ready = event.detail), true);
  });
  const script = await hold(page, '**/widget/back-check.js');
  await page.goto(origin(clinicSite), { waitUntil: 'commit' });
  const w = page.locator('back-check');
  const start = w.getByRole('button', { name: 'Start the check' });
  await expect(w.getByText('Lakeside Physio · Back pain self-check')).toBeVisible();
  expect(await start.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(138, 21, 56)');
  script.release();
  await page.waitForFunction(() => window.__ready !== undefined);
  expect(await page.evaluate(() => window.__ready)).toEqual({ printed: true });
  await start.click();
  await expect(w.getByRole('heading', { level: 2 })).toHaveText('First, your safety');
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
});

test('without a language the snippet prints the stylesheet alone: it loads with the page, once, and the element draws the first screen with it', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => r.url().endsWith('/widget/back-check.css') && requests.push(r.resourceType()));
  await page.addInitScript(() => addEventListener('backcheck:ready', (event) => (window.__ready = event.detail), true));
  await page.goto(`${origin(clinicSite)}/any-language`);
  const w = page.locator('back-check');
  await expect(w.getByRole('button', { name: 'Start the check' })).toBeVisible();
  expect(await page.evaluate(() => window.__ready)).toEqual({ printed: false });
  expect(await w.getByRole('button', { name: 'Start the check' }).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(138, 21, 56)');
  expect(requests, 'the printed link, not a second fetch by the element').toEqual(['stylesheet']);
});
