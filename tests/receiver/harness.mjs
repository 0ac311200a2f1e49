// Test harness: one origin serving the reference receiver (/leads, /__control),
// a test page that mounts the lead form (/harness/), and the built widget
// (/widget/), all under the demo site's strict CSP. Same origin, so the
// product's connect-src 'self' holds and nothing is loosened for tests.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { CSP } from '../../site/server.mjs';
import { createReceiver } from './server.mjs';
import { root } from '../web/load.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml' };
let pageScript;

async function harnessScript() {
  pageScript ??= build({
    entryPoints: [join(root, 'tests', 'receiver', 'harness', 'page.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  }).then((out) => out.outputFiles[0].text);
  return pageScript;
}

async function staticFile(dir, rel) {
  const full = join(dir, normalize(rel));
  if (!full.startsWith(dir + sep)) return null;
  try {
    return { body: await readFile(full), type: TYPES[extname(full)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}

/**
 * Starts the harness on a free 127.0.0.1 port; options go to the receiver, except
 * connectSrc: origins added to connect-src for this harness's pages only (a
 * cross-origin receiver, as clinics run it), never to the product's policy.
 */
export async function startHarness({ connectSrc = [], ...options } = {}) {
  const receiver = createReceiver({ control: true, ...options });
  const csp = connectSrc.length ? CSP.replace("connect-src 'self'", `connect-src 'self' ${connectSrc.join(' ')}`) : CSP;
  const script = await harnessScript();
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://harness');
    if (pathname === '/leads' || pathname === '/__control') return receiver.handle(req, res);
    let file = null;
    if (pathname === '/harness/page.js') file = { body: script, type: 'text/javascript' };
    else if (pathname.startsWith('/harness/locales/')) file = await staticFile(join(root, 'web', 'locales'), pathname.slice(17));
    else if (pathname.startsWith('/harness/')) file = await staticFile(join(root, 'tests', 'receiver', 'harness'), pathname.slice(9) || 'index.html');
    else if (pathname.startsWith('/widget/')) file = await staticFile(join(root, 'build', 'web'), pathname.slice(8));
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': file.type, 'Content-Security-Policy': csp, 'Cache-Control': 'no-store' });
    res.end(file.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    receiver,
    close: () => {
      receiver.closeHanging();
      server.closeAllConnections?.();
      return new Promise((done) => server.close(() => done()));
    },
  };
}
