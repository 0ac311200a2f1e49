// Issue 15: a copy of build/web/ alone, on any host and path, also gives the
// iframe embed (embed.html is in it), used from a page on a second origin with
// the configurator's iframe snippet pointed at it: the widget runs in the frame
// and the frame takes its height (the snippet's loader, web/frame-boot.ts).
import { expect, test } from '@playwright/test';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

import { loadSite } from '../web/load.mjs';
import { firstScreen } from './site-helpers.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };
const WEB = join(process.cwd(), 'build', 'web');
const { iframeSnippet } = await loadSite('snippets.js');
let widgetHost, sitePage;

const listen = (server) => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
const origin = (server) => `http://127.0.0.1:${server.address().port}`;

test.beforeAll(async () => {
  // The clinic's own static host: build/web/ copied under /assets/, nothing else.
  widgetHost = await listen(
    createServer(async (req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
      if (!path.startsWith('/assets/')) return res.writeHead(404).end();
      try {
        const body = await readFile(join(WEB, path.slice('/assets/'.length)));
        res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    }),
  );
  const assets = `${origin(widgetHost)}/assets`;
  // A site builder's page on another origin, with the iframe snippet.
  sitePage = await listen(
    createServer((req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html lang="en"><title>Blog</title><h1>Our blog</h1>
${iframeSnippet({ 'clinic-name': 'Self-hosted PT', locale: 'en' }, assets, firstScreen)}`),
    ),
  );
});
test.afterAll(() => {
  widgetHost?.close();
  sitePage?.close();
});

test('the iframe embed from a self-hosted build/web/ works on another origin', async ({ page }) => {
  await page.goto(origin(sitePage));
  const frame = page.frameLocator('iframe[data-backcheck-embed]');
  const w = frame.locator('back-check');
  await expect(w.getByText('Self-hosted PT').first()).toBeVisible();
  await w.getByRole('button', { name: 'Start the check' }).click();
  await expect(w.getByRole('heading', { level: 2 })).toHaveText('First, your safety');
  // The snippet's loader sized the frame to its page (no inner scroll bar).
  await expect.poll(() => page.locator('iframe').evaluate((f) => f.style.height)).not.toBe('900px');
});
