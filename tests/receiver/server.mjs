// Reference lead receiver: a tiny HTTP server a clinic can copy (with
// validate.mjs) and the tests run against. It
// - accepts POST /leads (JSON, ≤ 64 KB) and appends each new lead to a JSON-lines file;
// - honours Idempotency-Key: a repeated key gets the same 2xx and stores nothing new;
// - validates the lead (validate.mjs, mirrors docs/lead.schema.json);
// - sends CORS headers for one configured origin;
// - can inject faults for tests: 500, 429 + Retry-After, 422, timeouts, resets,
//   slow answers, and faults *after* storing (the answer is lost, the lead is not).
//
//   node tests/receiver/server.mjs --port 8787 --origin https://clinic.example --file leads.jsonl
//   curl -X POST localhost:8787/__control -d '{"faults":{"rate":0.5}}'   # with --control
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { validateLead } from './validate.mjs';

export const FAULTS = ['500', '503', '429', 'timeout', 'reset', 'slow', 'reject', 'reset_after_store', 'timeout_after_store'];
const MAX_BODY = 64 * 1024;

/** Deterministic random numbers (mulberry32), so a failing fault run can be replayed by seed. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * options: file (JSON lines; default none = memory only), origin (CORS; default none),
 * path ('/leads'), control (expose /__control), faults: { rate 0..1, kinds [...FAULTS],
 * sequence [...kinds or 'ok'] consumed first, retryAfter seconds, slowMs, seed, down }.
 */
export function createReceiver(options = {}) {
  const path = options.path ?? '/leads';
  const stored = new Map(); // idempotency key -> { hash, response }
  const log = []; // every POST seen: { key, outcome }
  let faults = { rate: 0, kinds: ['500', 'timeout', 'reset'], sequence: [], retryAfter: 1, slowMs: 1500, seed: 1, ...options.faults };
  let random = seeded(faults.seed);
  const open = new Set();
  let allowed = options.origin;

  if (options.file && existsSync(options.file)) {
    for (const line of readFileSync(options.file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const record = JSON.parse(line);
      stored.set(record.key, { body: record.body, response: record.response });
    }
  }

  function setFaults(next = {}) {
    faults = { ...faults, sequence: [], ...next };
    if ('seed' in next) random = seeded(next.seed);
  }

  function pickFault() {
    if (faults.down) return 'reset';
    if (faults.sequence.length) return faults.sequence.shift();
    if (random() >= faults.rate) return 'ok';
    return faults.kinds[Math.floor(random() * faults.kinds.length)];
  }

  function cors(req, res) {
    const origin = req.headers.origin;
    if (!origin || !allowed || (allowed !== '*' && origin !== allowed)) return;
    res.setHeader('Access-Control-Allow-Origin', allowed === '*' ? '*' : origin);
    res.setHeader('Vary', 'Origin');
    res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Idempotency-Key');
    res.setHeader('Access-Control-Expose-Headers', 'Retry-After, Idempotent-Replayed');
    res.setHeader('Access-Control-Max-Age', '600');
  }

  const json = (res, status, body, headers = {}) => {
    if (res.destroyed) return;
    res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
    res.end(JSON.stringify(body));
  };
  const hang = (res) => {
    // Never answer; the client's timeout aborts. Cleaned up on close() at the latest.
    open.add(res);
    res.on('close', () => open.delete(res));
  };

  function readBody(req) {
    return new Promise((resolve, reject) => {
      const chunks = [];
      let size = 0;
      req.on('data', (chunk) => {
        size += chunk.length;
        if (size > MAX_BODY) reject(Object.assign(new Error('too large'), { status: 413 }));
        else chunks.push(chunk);
      });
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });
  }

  /** Stores a valid lead once per key; returns [status, body, headers]. */
  function accept(key, raw) {
    const previous = stored.get(key);
    if (previous) {
      if (previous.body !== raw) return [422, { error: { code: 'key_reused', message: 'Idempotency-Key reused with a different lead' } }];
      return [previous.response.status, previous.response.body, { 'Idempotent-Replayed': 'true' }];
    }
    let lead;
    try {
      lead = JSON.parse(raw);
    } catch {
      return [400, { error: { code: 'invalid_json', message: 'Body is not JSON' } }];
    }
    const problems = validateLead(lead);
    if (lead?.idempotencyKey !== key) problems.push({ path: '/idempotencyKey', message: 'must equal the Idempotency-Key header' });
    if (problems.length) return [422, { error: { code: 'invalid_lead', message: `${problems[0].path} ${problems[0].message}`, problems } }];
    const response = { status: 201, body: { ok: true, key } };
    const record = { key, receivedAt: new Date().toISOString(), body: raw, response, lead };
    if (options.file) appendFileSync(options.file, JSON.stringify(record) + '\n'); // before the answer: a lost answer loses no lead
    stored.set(key, { body: raw, response, lead });
    return [response.status, response.body];
  }

  async function handle(req, res) {
    const url = new URL(req.url, 'http://receiver');
    cors(req, res);
    if (options.control && url.pathname === '/__control') {
      if (req.method === 'POST') setFaults(JSON.parse((await readBody(req)) || '{}'));
      return json(res, 200, stats());
    }
    if (url.pathname !== path) return json(res, 404, { error: { code: 'not_found', message: 'Not found' } });
    if (req.method === 'OPTIONS') return res.writeHead(204).end();
    if (req.method !== 'POST') return json(res, 405, { error: { code: 'method', message: 'POST only' } }, { Allow: 'POST, OPTIONS' });

    const key = String(req.headers['idempotency-key'] ?? '');
    const fault = pickFault();
    const entry = { key, fault, start: Date.now(), end: 0 };
    log.push(entry);
    res.on('close', () => (entry.end = Date.now()));
    if (fault === 'reset') return req.socket.destroy();
    if (fault === 'timeout') return hang(res);
    if (fault === '500' || fault === '503') return json(res, Number(fault), { error: { code: 'injected', message: 'injected failure' } });
    if (fault === 'reject') return json(res, 422, { error: { code: 'rejected', message: 'injected rejection' } });
    if (fault === '429') return json(res, 429, { error: { code: 'busy', message: 'slow down' } }, { 'Retry-After': String(faults.retryAfter) });
    if (fault === 'slow') await new Promise((done) => setTimeout(done, faults.slowMs));

    let status, body, headers;
    try {
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) throw Object.assign(new Error('Content-Type must be application/json'), { status: 415 });
      if (!key) throw Object.assign(new Error('Idempotency-Key header required'), { status: 400 });
      [status, body, headers] = accept(key, await readBody(req));
    } catch (error) {
      [status, body] = [error.status ?? 400, { error: { code: 'bad_request', message: error.message } }];
    }
    if (fault === 'reset_after_store') return req.socket.destroy();
    if (fault === 'timeout_after_store') return hang(res);
    json(res, status, body, headers);
  }

  function stats() {
    return { stored: stored.size, posts: log.length, faults: log.filter((l) => l.fault !== 'ok').length };
  }

  return {
    handle: (req, res) => handle(req, res).catch(() => json(res, 500, { error: { code: 'internal', message: 'receiver error' } })),
    setFaults,
    allowOrigin: (origin) => (allowed = origin),
    stats,
    log,
    leads: () => [...stored.values()].map((s) => s.lead ?? JSON.parse(s.body)),
    closeHanging: () => open.forEach((res) => res.destroy()),
  };
}

/** Starts a receiver on host:port (0 = a free port); resolves { server, receiver, url, close }. */
export function startReceiver({ port = 0, host = '127.0.0.1', ...options } = {}) {
  const receiver = createReceiver(options);
  const server = createServer(receiver.handle);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const url = `http://${host}:${server.address().port}`;
      const close = () => {
        receiver.closeHanging();
        server.closeAllConnections?.();
        return new Promise((done) => server.close(() => done()));
      };
      resolve({ server, receiver, url, close });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const { url, close } = await startReceiver({
    port: Number(arg('--port', 8787)),
    host: arg('--host', '127.0.0.1'),
    origin: arg('--origin'),
    file: arg('--file', 'leads.jsonl'),
    control: process.argv.includes('--control'),
    faults: JSON.parse(arg('--faults', '{}')),
  });
  console.log(`lead receiver: POST ${url}/leads  (Ctrl-C stops it)`);
  const stop = () => close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
