// The demo article in the variants the host-impact benchmarks compare, served
// by the demo server itself (same headers, same compression) through its
// `rewrite` hook, chosen by a query string:
//   /                         the article, the widget far below the first screen
//   /?bench=without           the same article without the widget
//   /?bench=above             the widget (with its heading and box) in the first screen
//   /?bench=above-without     that page without the widget
//   /?bench=iframe, iframe-above   the configurator's iframe snippet instead of script + element
//   /?bench=iframe-end        that snippet at the end of the article instead
//   /?bench=iframe-host       the iframe snippet as it was before its loader (web/frame-boot.ts):
//                             the frame with the page, embed-host.js resizing it
//   /?bench=below-low, below-high  the widget's script with fetchpriority="low" / with none
//   /?bench=below-script, above-script  without the first screen the demo server prints
//                             into <back-check> (site/server.mjs): the script renders it
//                             (an older snippet, or one written by hand: a module tag, no loader)
//   /?bench=above-styles      no language set: the snippet prints the stylesheet alone (and the
//                             loader); the script renders the first screen in the visitor's language
// Each page with the widget names the page it is compared with (`without`).
// With `mark`, back-check.js starts with a User Timing mark, so a run can tell
// when the browser began to run it (bench/ready.mjs does the same with a route).
// BACKCHECK_BENCH_NO_COMPRESSION=1 serves files uncompressed, as the demo
// server did before issue 18 (for a before/after table).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startServer } from '../site/server.mjs';
// The configurator's snippet code with the shared rules it imports from /widget/rules.js
// (a plain import of site/js/snippets.js cannot resolve that path outside the served site).
import { loadSite } from '../tests/web/load.mjs';
import { withoutWidget } from './pages.mjs';

export const VARIANTS = {
  below: { query: '', widget: true, without: 'below-without', label: 'widget below the fold' },
  'below-without': { query: '?bench=without', widget: false, label: 'without the widget' },
  above: { query: '?bench=above', widget: true, without: 'above-without', label: 'widget in the first screen' },
  'above-without': { query: '?bench=above-without', widget: false, label: 'same page without the widget' },
  iframe: { query: '?bench=iframe', widget: true, without: 'below-without', label: 'iframe embed below the fold' },
  'iframe-above': { query: '?bench=iframe-above', widget: true, without: 'above-without', label: 'iframe embed in the first screen' },
  'iframe-end': { query: '?bench=iframe-end', widget: true, without: 'below-without', label: 'iframe embed at the end of the article' },
  'iframe-host': { query: '?bench=iframe-host', widget: true, without: 'below-without', label: 'iframe embed below the fold, older snippet (embed-host.js, no loader)' },
  'below-low': { query: '?bench=below-low', widget: true, without: 'below-without', label: 'widget below the fold, script fetchpriority="low"' },
  'below-high': { query: '?bench=below-high', widget: true, without: 'below-without', label: 'widget below the fold, script at its default priority' },
  'below-script': { query: '?bench=below-script', widget: true, without: 'below-without', label: 'widget below the fold, first screen rendered by the script (not printed)' },
  'above-script': { query: '?bench=above-script', widget: true, without: 'above-without', label: 'widget in the first screen, first screen rendered by the script (not printed)' },
  'above-styles': { query: '?bench=above-styles', widget: true, without: 'above-without', label: 'widget in the first screen, no language set: the stylesheet printed, the first screen rendered by the script' },
};

/** Variants whose page does not print the widget's first screen (site/server.mjs, printFirstScreen). */
const SCRIPT_ONLY = new Set(['below-script', 'above-script']);

const { iframeSnippet } = await loadSite('snippets.js');
const FIRST_SCREEN = new URL('../build/web/first-screen.json', import.meta.url);
let firstScreen; // read once, at the first iframe page (the build exists by then)

/** The clinic settings of the article's <back-check>, as the configurator holds them. */
function articleSettings(html) {
  const element = html.match(/<back-check\b([\s\S]*?)><\/back-check>/);
  if (!element) throw new Error('site/index.html: <back-check> not found');
  return Object.fromEntries([...element[1].matchAll(/([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]));
}

/** The configurator's iframe snippet: with its loader (from the build), or `older` without it (embed-host.js). */
function frameSnippet(settings, { older = false } = {}) {
  if (older) return iframeSnippet(settings, '');
  firstScreen ??= JSON.parse(readFileSync(FIRST_SCREEN, 'utf8'));
  return iframeSnippet(settings, '', firstScreen);
}

/** The article with the configurator's iframe snippet in place of the script and element (same clinic settings). */
export function withIframe(html, options) {
  const settings = articleSettings(html);
  return withoutWidget(html).replace(/(<div class="widget-box">[\s\S]*?<\/p>)/, `$1\n${frameSnippet(settings, options)}`);
}

/** The article with the iframe snippet at the end of its text (after the references), not where the widget box is. */
export function iframeAtEnd(html) {
  const settings = articleSettings(html);
  const page = withoutWidget(html);
  const end = page.lastIndexOf('</main>');
  if (end < 0) throw new Error('site/index.html: </main> not found');
  return `${page.slice(0, end)}${frameSnippet(settings)}\n${page.slice(end)}`;
}

/** The widget's script tag with fetchpriority="low", or without a fetchpriority (the browser's default, High for a module). */
export function scriptPriority(html, priority) {
  return html.replace(/<script type="module" src="([^"]*back-check\.js)"[^>]*><\/script>/, (_, src) =>
    `<script type="module" src="${src}"${priority ? ` fetchpriority="${priority}"` : ''}></script>`);
}

/** The widget's heading and box, moved to just under the article's byline. */
export function widgetAbove(html) {
  const box = html.match(/\s*<h2 id="self-check">[\s\S]*?<\/noscript>\s*<\/div>/);
  if (!box) throw new Error('site/index.html: the widget box was not found');
  const rest = html.replace(box[0], '');
  const byline = rest.match(/<p class="byline">[\s\S]*?<\/p>/);
  if (!byline) throw new Error('site/index.html: the byline was not found');
  return rest.replace(byline[0], `${byline[0]}${box[0]}`);
}

const PAGES = {
  without: (html) => withoutWidget(html),
  above: (html) => widgetAbove(html),
  'above-without': (html) => withoutWidget(widgetAbove(html)),
  iframe: (html) => withIframe(html),
  'iframe-above': (html) => withIframe(widgetAbove(html)),
  'iframe-end': (html) => iframeAtEnd(html),
  'iframe-host': (html) => withIframe(html, { older: true }),
  'below-low': (html) => scriptPriority(html, 'low'),
  'below-high': (html) => scriptPriority(html, null),
  'below-script': (html) => html,
  'above-script': (html) => widgetAbove(html),
  'above-styles': (html) => widgetAbove(html).replace(/(<back-check\b[^>]*?)\s+locale="[^"]*"/, '$1'),
};

export function rewriteVariants({ mark = false } = {}) {
  return (url, body) => {
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const page = PAGES[url.searchParams.get('bench')];
      return page ? page(body.toString('utf8')) : undefined;
    }
    if (mark && url.pathname === '/widget/back-check.js') return `performance.mark('backcheck:script-start');\n${body}`;
    return undefined;
  };
}

/**
 * BACKCHECK_BENCH_H2=1: the bench pages over HTTPS with HTTP/2 (one connection
 * per origin, as on clinics' real sites) instead of the demo server's plain
 * HTTP/1.1, with a self-signed certificate made once (openssl) in build/bench-tls/;
 * the browsers are told to accept it (H2 below).
 */
export const H2 = !!process.env.BACKCHECK_BENCH_H2;
function benchTls() {
  const dir = join(fileURLToPath(new URL('..', import.meta.url)), 'build', 'bench-tls');
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  if (!existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '30', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** The demo server with the variants (on BACKCHECK_BENCH_PORT, else any free port); resolves to { origin, close() }. */
export async function startVariantServer({ mark = false, compression = !process.env.BACKCHECK_BENCH_NO_COMPRESSION } = {}) {
  const printFirstScreen = (url) => !SCRIPT_ONLY.has(url.searchParams.get('bench'));
  const server = await startServer({
    port: Number(process.env.BACKCHECK_BENCH_PORT ?? 0), compression, rewrite: rewriteVariants({ mark }), printFirstScreen, tls: H2 ? benchTls() : undefined,
  });
  const close = () => {
    server.close();
    server.closeAllConnections?.();
  };
  return { origin: `${H2 ? 'https' : 'http'}://127.0.0.1:${server.address().port}`, close };
}
