// Static server for the demo site: / from site/, /widget/ from build/web/.
// Every page is served under the strict Content-Security-Policy the widget
// promises to work with (no inline script, no eval; WebAssembly allowed), and
// compressed (brotli or gzip, as the browser accepts) like any real host: the
// demo is what newcomers judge, and Lighthouse fails it otherwise.
//
//   node site/server.mjs [--port N] [--host 127.0.0.1] [--inbox http://127.0.0.1:8790]
//
// With --inbox (a running backcheck-inbox, server/), the article's widget sends
// its leads there: lead-endpoint is set on its <back-check> and the article's
// connect-src allows that one origin. Without it, the article is mailto-only.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { printBoot, printFirstScreen } from './js/first-screen.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const mounts = [
  // BACKCHECK_WIDGET_DIR: another build of the widget (a benchmark's "before").
  ['/widget/', process.env.BACKCHECK_WIDGET_DIR || join(root, 'build', 'web')],
  ['/', join(root, 'site')],
];

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

// The configurator's preview and the iframe version show a clinic's own https
// logo and send leads to its https endpoint; the iframe is framed by any site.
const CLINIC_CSP = CSP.replace("img-src 'self' data:", "img-src 'self' data: https:")
  .replace("connect-src 'self'", "connect-src 'self' https:");
const PAGE_CSP = {
  '/configure.html': CLINIC_CSP,
  '/embed.html': CLINIC_CSP.replace("frame-ancestors 'self'", 'frame-ancestors *'),
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// Text and WebAssembly compress (the .wasm to about a third); images here are
// SVG (text) or already compressed.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.txt']);
const compressed = new Map(); // `${encoding} ${file}` -> { key: mtime and size, body }

/** br when the browser takes it, else gzip, else none (`Accept-Encoding` q=0 refuses). */
export function pickEncoding(header = '') {
  const accepted = new Map();
  for (const part of String(header).toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return ok('br') ? 'br' : ok('gzip') ? 'gzip' : null;
}

/** Compressed once per version of a body (maximum levels: the files are static). */
function compress(id, key, body, encoding) {
  id = `${encoding} ${id}`;
  const hit = compressed.get(id);
  if (hit?.key === key) return hit.body;
  const out =
    encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : gzipSync(body, { level: 9 });
  compressed.set(id, { key, body: out });
  return out;
}

const badRequest = () => Object.assign(new Error('bad request'), { status: 400 });

function resolvePath(urlPath) {
  for (const [prefix, dir] of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    let decoded;
    try {
      decoded = decodeURIComponent(urlPath.slice(prefix.length));
    } catch {
      throw badRequest(); // not valid percent-encoding (e.g. /%E0%A4%A)
    }
    if (decoded.includes('\0')) throw badRequest();
    const relative = normalize(decoded);
    const full = join(dir, relative);
    if (full !== dir && !full.startsWith(dir + sep)) return null; // no escaping the mount
    return full;
  }
  return null;
}

// The demo article prints the widget's first screen inside its <back-check>
// (a declarative shadow root, site/js/first-screen.js), as a snippet from the
// configurator and the WordPress plugin do: the page paints it with its own
// first paint. So does one test page; the other test pages keep the
// script-only path (an older snippet, or one without a fixed language).
const PRINTS_FIRST_SCREEN = new Set([join(root, 'site', 'index.html'), join(root, 'site', 'test', 'first-screen.html')]);
let firstScreen = { key: '', templates: null };

/** build/web/first-screen.json of the widget being served, re-read when it changes; null without one. */
async function firstScreenTemplates() {
  const file = join(mounts[0][1], 'first-screen.json');
  try {
    const info = await stat(file);
    const key = `${info.mtimeMs} ${info.size}`;
    if (firstScreen.key !== key) firstScreen = { key, templates: JSON.parse(await readFile(file, 'utf8')) };
    return firstScreen.templates;
  } catch {
    return null; // a widget build from before issue 18's first screen (a benchmark's "before")
  }
}

const decodeAttr = (value) =>
  value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const WIDGET_SCRIPT = /\s*<script type="module" src="([^"]*back-check\.js)"[^>]*><\/script>/;

/**
 * Every empty <back-check …></back-check> of `html` with its first screen
 * printed inside and, as the configurator's snippet does, the page's module
 * tag for back-check.js replaced by the inline loader after the last element
 * (web/boot.ts): `boot` is then the hash the page's CSP must allow.
 */
export function withFirstScreen(html, templates, base = '/widget/') {
  let printedAny = false;
  const page = html.replace(/<back-check\b([^>]*)><\/back-check>/g, (element, attrs) => {
    const attr = (name) => decodeAttr(attrs.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1] ?? '');
    const printed = printFirstScreen(templates, { base, locale: attr('locale'), clinicName: attr('clinic-name'), logo: attr('logo') });
    printedAny ||= !!printed;
    return printed ? `<back-check${attrs}>${printed}</back-check>` : element;
  });
  const src = page.match(WIDGET_SCRIPT)?.[1];
  const boot = printedAny && src ? printBoot(templates, { src }) : '';
  if (!boot) return { html: page, boot: null };
  const last = page.lastIndexOf('</back-check>') + '</back-check>'.length;
  const moved = `${page.slice(0, last)}\n${boot}${page.slice(last)}`;
  return { html: moved.replace(WIDGET_SCRIPT, ''), boot: templates.boot.hash };
}

/** `csp` with one more inline script allowed, by its hash ('sha256-…'). */
const allowScript = (csp, hash) => csp.replace("script-src 'self'", `script-src 'self' '${hash}'`);

// The article page's body and CSP when an inbox receives its leads.
function withInbox(inbox, body) {
  const endpoint = new URL('/leads', inbox).href;
  return body.toString('utf8').replace('<back-check ', `<back-check lead-endpoint="${endpoint}" `);
}

async function handle(request, response, { inbox, rewrite, compression, printFirstScreen: prints }) {
  // Everything inside the try: one bad request must never take the server down.
  try {
    const url = new URL(request.url, 'http://localhost');
    let file = resolvePath(url.pathname);
    let info = file && (await stat(file));
    if (info?.isDirectory()) info = await stat((file = join(file, 'index.html')));
    if (!file) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
    let body = await readFile(file);
    let csp = PAGE_CSP[url.pathname] ?? CSP;
    let changed = rewrite?.(url, body);
    if (inbox && file === join(root, 'site', 'index.html')) {
      changed = withInbox(inbox, changed ?? body);
      csp = csp.replace("connect-src 'self'", `connect-src 'self' ${new URL(inbox).origin}`);
    }
    if (PRINTS_FIRST_SCREEN.has(file)) {
      const templates = await firstScreenTemplates();
      if (templates && prints(url)) {
        const printed = withFirstScreen((changed ?? body).toString('utf8'), templates);
        changed = printed.html;
        if (printed.boot) csp = allowScript(csp, printed.boot);
      }
      // The iframe snippet's loader (web/frame-boot.ts), in the benchmarks' iframe pages.
      const frameBoot = templates?.frameBoot;
      if (frameBoot && (changed ?? body).toString('utf8').includes(`<script>${frameBoot.script}</script>`)) {
        csp = allowScript(csp, frameBoot.hash);
      }
    }
    if (changed !== undefined) body = Buffer.from(changed);
    const encoding = compression && COMPRESSIBLE.has(extname(file)) ? pickEncoding(request.headers['accept-encoding']) : null;
    if (encoding) {
      const key = changed === undefined ? `${info.mtimeMs} ${info.size}` : createHash('sha1').update(body).digest('hex');
      body = compress(url.pathname, key, body, encoding);
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': csp,
      // Clinics' pages load the widget from this host: module scripts and the
      // .wasm are fetched in CORS mode.
      ...(url.pathname.startsWith('/widget/') ? { 'Access-Control-Allow-Origin': '*' } : {}),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Cache-Control': 'no-cache',
      ...(COMPRESSIBLE.has(extname(file)) ? { Vary: 'Accept-Encoding' } : {}),
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
      'Content-Length': body.length,
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch (error) {
    const missing = error.code === 'ENOENT' || error.code === 'ENOTDIR' || error.code === 'EISDIR';
    const status = error.status === 400 ? 400 : missing ? 404 : 500;
    if (response.headersSent) return void (response.stream ?? response).destroy();
    response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end({ 400: 'Bad request\n', 404: 'Not found\n', 500: 'Server error\n' }[status]);
  }
}

/**
 * `inbox`: the URL of a running backcheck-inbox for the article's leads.
 * `rewrite(url, body)` (benchmarks only) may return a changed body for a
 * request, e.g. the article without the widget; undefined keeps the file.
 * `compression: false` serves every file as it is (a benchmark's "before").
 * `printFirstScreen(url)` (benchmarks only) false: the article without its
 * printed first screen (the script-only path).
 * `tls: { key, cert }` (benchmarks only): HTTPS with HTTP/2, as clinics' sites
 * are served, instead of plain HTTP/1.1.
 */
export function startServer({ port = 8080, host = '127.0.0.1', inbox = '', rewrite, compression = true, printFirstScreen: prints = () => true, tls } = {}) {
  return new Promise((resolve, reject) => {
    const handler = (req, res) =>
      void handle(req, res, { inbox, rewrite, compression, printFirstScreen: prints }).catch(() => (res.stream ?? res).destroy());
    const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handler) : createServer(handler);
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const port = Number(arg('--port', process.env.PORT ?? 8080));
  const host = arg('--host', '127.0.0.1');
  const inbox = arg('--inbox', '');
  const server = await startServer({ port, host, inbox });
  console.log(`backcheck demo site: http://${host}:${server.address().port}/  (Ctrl-C stops it)`);
  if (inbox) console.log(`the article's widget sends its leads to ${new URL('/leads', inbox).href}`);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
