// The reference receiver over real HTTP: idempotency, validation, CORS, faults, persistence.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { startReceiver } from '../receiver/server.mjs';
import { load, translator } from './load.mjs';

const payload = await load('payload.ts');
const dir = mkdtempSync(join(tmpdir(), 'backcheck-receiver-'));
const file = join(dir, 'leads.jsonl');
const ORIGIN = 'https://clinic.example';
const rx = await startReceiver({ file, origin: ORIGIN, control: true });
after(async () => {
  await rx.close();
  rmSync(dir, { recursive: true, force: true }); // leave no lead files behind in the temp folder
});

function makeLead(overrides = {}) {
  const ctx = {
    config: { clinicName: 'Demo PT', analytics: false, includeAnswers: false },
    locale: 'en',
    t: translator(),
    result: { coreVersion: '0.1.0', outcome: 'triaged', triage: { level: 'self_care', reasons: [] }, findings: [], scores: {}, notAssessed: [] },
    answers: {},
    pageUrl: 'https://clinic.example/blog',
  };
  const lead = payload.buildLead(ctx, { name: 'Ana', email: 'ana@mail.test', phone: '', preferredTime: 'any', note: '' }, { shareWithClinic: true, marketing: false }, payload.uuid());
  return { ...lead, ...overrides };
}

const post = (lead, { key = lead.idempotencyKey, headers = {} } = {}) =>
  fetch(`${rx.url}/leads`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, Origin: ORIGIN, ...headers },
    body: typeof lead === 'string' ? lead : JSON.stringify(lead),
  });
const lines = () => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean) : []);

test('a repeated Idempotency-Key gets the same 2xx and stores nothing new', async () => {
  const before = lines().length;
  const lead = makeLead();
  const first = await post(lead);
  const second = await post(lead);
  assert.equal(first.status, 201);
  assert.equal(second.status, 201);
  assert.deepEqual(await second.json(), await first.json());
  assert.equal(second.headers.get('idempotent-replayed'), 'true');
  assert.equal(lines().length, before + 1);
  assert.equal(JSON.parse(lines().at(-1)).lead.idempotencyKey, lead.idempotencyKey);
});

test('the same key with a different lead is refused', async () => {
  const lead = makeLead();
  await post(lead);
  const res = await post({ ...lead, locale: 'es' });
  assert.equal(res.status, 422);
  assert.equal((await res.json()).error.code, 'key_reused');
});

test('invalid leads are refused with the path of the problem', async () => {
  const cases = [
    [makeLead({ consents: { shareWithClinic: false, marketing: false, wording: {} } }), '/consents/shareWithClinic'],
    [makeLead({ triage: { level: 'emergency', reasons: [] } }), '/triage/level'],
    [makeLead({ contact: { name: 'Ana', preferredTime: 'any' } }), '/contact'],
    [makeLead({ leadSchemaVersion: 2 }), '/leadSchemaVersion'],
  ];
  for (const [lead, path] of cases) {
    const res = await post(lead);
    assert.equal(res.status, 422, path);
    assert.ok((await res.json()).error.problems.some((p) => p.path === path), path);
  }
  const mismatch = await post(makeLead(), { key: payload.uuid() });
  assert.equal(mismatch.status, 422);
  assert.equal((await post('{oops', { key: payload.uuid() })).status, 400);
  assert.equal((await post(makeLead(), { headers: { 'Content-Type': 'text/plain' } })).status, 415);
  assert.equal((await post('x'.repeat(70000), { key: payload.uuid() })).status >= 400, true);
});

test('CORS: the configured origin may POST with the key header; others get no CORS headers', async () => {
  const preflight = await fetch(`${rx.url}/leads`, {
    method: 'OPTIONS',
    headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-origin'), ORIGIN);
  assert.match(preflight.headers.get('access-control-allow-headers'), /Idempotency-Key/);
  assert.match(preflight.headers.get('access-control-expose-headers'), /Retry-After/);
  const other = await fetch(`${rx.url}/leads`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } });
  assert.equal(other.headers.get('access-control-allow-origin'), null);
});

test('injected faults: 500, 429 with Retry-After, reset, and a lost answer after storing', async () => {
  rx.receiver.setFaults({ sequence: ['500', '429', 'reset', 'reset_after_store'], retryAfter: 7 });
  const lead = makeLead();
  assert.equal((await post(lead)).status, 500);
  const busy = await post(lead);
  assert.equal(busy.status, 429);
  assert.equal(busy.headers.get('retry-after'), '7');
  await assert.rejects(post(lead), 'connection reset');
  await assert.rejects(post(lead), 'reset after storing');
  const retry = await post(lead);
  assert.equal(retry.status, 201, 'the retry after a lost answer gets the stored answer');
  assert.equal(retry.headers.get('idempotent-replayed'), 'true');
  assert.equal(lines().filter((l) => JSON.parse(l).key === lead.idempotencyKey).length, 1);
});

test('a timeout fault holds the answer until the client gives up', async () => {
  rx.receiver.setFaults({ sequence: ['timeout'] });
  const started = Date.now();
  await assert.rejects(
    fetch(`${rx.url}/leads`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'x' }, body: '{}', signal: AbortSignal.timeout(300) }),
  );
  assert.ok(Date.now() - started >= 290);
});

test('the control endpoint reports and sets faults', async () => {
  const res = await fetch(`${rx.url}/__control`, { method: 'POST', body: JSON.stringify({ rate: 0 }) });
  const stats = await res.json();
  assert.ok(stats.stored >= 2);
  assert.ok(stats.posts > stats.stored);
});

test('a restarted receiver remembers stored keys from its file', async () => {
  const lead = makeLead();
  await post(lead);
  const again = await startReceiver({ file, origin: ORIGIN });
  try {
    const res = await fetch(`${again.url}/leads`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': lead.idempotencyKey },
      body: JSON.stringify(lead),
    });
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('idempotent-replayed'), 'true');
  } finally {
    await again.close();
  }
});
