// Starts a real backcheck-inbox for tests: a temporary folder with inbox.json,
// the key and the database, an owner and a staff account, a free port.
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = process.env.BACKCHECK_INBOX_BIN ?? join(root, 'build', 'native', 'server', 'backcheck-inbox');
export const OWNER = { email: 'owner@clinic.test', password: 'owner-password-123' };
export const STAFF = { email: 'desk@clinic.test', password: 'staff-password-123' };
export const SITE = 'http://127.0.0.1:9999'; // the clinic site allowed to send leads
export const fixtureLead = () => JSON.parse(readFileSync(join(root, 'tests', 'inbox', 'fixtures', 'lead-full.json'), 'utf8'));

export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// The built page when there is one; else a stand-in with the catalogs (API tests need no page).
function uiDir(dir) {
  const built = join(root, 'build', 'web', 'inbox');
  if (existsSync(join(built, 'inbox.js'))) return built;
  const ui = join(dir, 'ui');
  mkdirSync(join(ui, 'widget-locales'), { recursive: true });
  for (const f of readdirSync(join(root, 'web', 'locales'))) copyFileSync(join(root, 'web', 'locales', f), join(ui, 'widget-locales', f));
  writeFileSync(join(ui, 'index.html'), '<!doctype html><title>inbox</title>');
  return ui;
}

export async function startInbox(overrides = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bcinbox-api-'));
  const port = overrides.port ?? await freePort();
  const config = {
    port, database: 'inbox.db', keyFile: 'inbox.key', publicUrl: `http://127.0.0.1:${port}`,
    allowedOrigins: [SITE], uiDir: uiDir(dir), ...overrides,
  };
  const configFile = join(dir, 'inbox.json');
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  const run = (args, password) => {
    const r = spawnSync(BIN, args, { env: { ...process.env, BC_PW: password }, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  };
  run(['init', '--config', configFile, '--email', OWNER.email, '--password-env', 'BC_PW'], OWNER.password);
  run(['user', 'add', '--config', configFile, '--email', STAFF.email, '--role', 'staff', '--password-env', 'BC_PW'], STAFF.password);

  const inbox = { dir, port, url: `http://127.0.0.1:${port}`, configFile, child: null, log: '' };
  inbox.start = async () => {
    const child = spawn(BIN, ['serve', '--config', configFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    inbox.child = child;
    child.stderr.on('data', (d) => { inbox.log += d; });
    await new Promise((resolve, reject) => {
      child.stdout.on('data', (d) => { inbox.log += d; if (String(d).includes('listening')) resolve(); });
      child.on('exit', (code) => reject(new Error(`inbox exited ${code}: ${inbox.log}`)));
    });
  };
  inbox.kill = async (signal = 'SIGTERM') => {
    const child = inbox.child;
    if (!child || child.exitCode !== null || child.signalCode) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  };
  inbox.stop = async () => {
    await inbox.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  inbox.rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${inbox.child.pid}/status`, 'utf8'))[1]);
  await inbox.start();
  return inbox;
}

export function postLead(inbox, lead, { origin = SITE, key = lead?.idempotencyKey, type = 'application/json', body } = {}) {
  const headers = { 'Content-Type': type };
  if (origin) headers.Origin = origin;
  if (key) headers['Idempotency-Key'] = key;
  return fetch(`${inbox.url}/leads`, { method: 'POST', headers, body: body ?? JSON.stringify(lead) });
}

// A logged-in client: keeps the cookie and the CSRF token like the page does.
export async function login(inbox, { email, password }) {
  const res = await fetch(`${inbox.url}/api/login`, { method: 'POST', body: JSON.stringify({ email, password }) });
  if (res.status !== 200) return { res };
  const session = await res.json();
  const cookie = res.headers.get('set-cookie');
  const call = (path, { method = 'GET', body, csrf = session.csrf, headers = {} } = {}) => fetch(`${inbox.url}${path}`, {
    method, body: body === undefined ? undefined : JSON.stringify(body),
    headers: { Cookie: cookie.split(';')[0], ...(csrf ? { 'X-CSRF-Token': csrf } : {}), ...headers },
  });
  return { res, session, cookie, call };
}

export const newKey = () => randomUUID();
export function leadWithKey(key = newKey()) {
  const lead = fixtureLead();
  lead.idempotencyKey = key;
  return lead;
}
