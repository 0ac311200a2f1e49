// Delivery in node: a stub fetch and an in-memory localStorage stand in for the
// browser. Two module instances sharing one storage play two tabs.
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { load, MemoryStorage } from './load.mjs';

const fast = { timeoutMs: 100, baseMs: 5, capMs: 20, fallbackAfter: 3 };
const ENDPOINT = 'https://clinic.test/leads';
const PREFIX = 'backcheck:lead:';
let calls;

/** fetch answering from a script: numbers are statuses, 'network' rejects, 'hang' waits for the abort. */
function stubFetch(script, { delayMs = 0, headers = {} } = {}) {
  calls = [];
  globalThis.fetch = async (url, init) => {
    calls.push({ url, key: init.headers['Idempotency-Key'], body: init.body, stored: globalThis.localStorage.getItem(PREFIX + init.headers['Idempotency-Key']) });
    const step = script.length ? script.shift() : 201;
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
    if (step === 'network') throw new TypeError('Failed to fetch');
    if (step === 'hang')
      return new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    return new Response(JSON.stringify(step >= 400 ? { error: { message: 'lead refused by test' } } : { ok: true }), {
      status: step,
      headers: step === 429 || step === 503 ? headers : {},
    });
  };
}

/** Runs deliver and resolves with every status once a final one arrives. */
function deliverAll(send, key, o = fast) {
  return new Promise((resolve) => {
    const seen = [];
    send.deliver(key, o, (s) => {
      seen.push(s);
      if (['sent', 'rejected', 'failed'].includes(s.state)) resolve(seen);
    });
  });
}

let send;
beforeEach(async () => {
  globalThis.localStorage = new MemoryStorage();
  delete globalThis.navigator;
  send = await load('send.ts');
});

test('the lead is in the outbox before the first request leaves', async () => {
  stubFetch([201]);
  assert.equal(send.enqueue(ENDPOINT, 'k1', '{"a":1}'), true);
  const seen = await deliverAll(send, 'k1');
  assert.equal(calls.length, 1);
  assert.ok(calls[0].stored, 'outbox entry existed when fetch was called');
  assert.equal(calls[0].key, 'k1');
  assert.deepEqual(seen.map((s) => s.state), ['sending', 'sent']);
  assert.equal(globalThis.localStorage.getItem(PREFIX + 'k1'), null, 'removed after the 2xx');
});

test('5xx, 408, network errors and timeouts are retried with the same key and body until a 2xx', async () => {
  stubFetch([500, 'network', 408, 'hang', 503, 200]);
  send.enqueue(ENDPOINT, 'k2', '{"lead":2}');
  const seen = await deliverAll(send, 'k2');
  assert.equal(calls.length, 6);
  assert.ok(calls.every((c) => c.key === 'k2' && c.body === '{"lead":2}'));
  assert.ok(calls.every((c) => c.stored), 'still in the outbox during every retry');
  assert.equal(seen.at(-1).state, 'sent');
  assert.ok(seen.some((s) => s.state === 'retrying' && s.failures === 5));
  assert.equal(globalThis.localStorage.getItem(PREFIX + 'k2'), null);
});

test('a 4xx other than 408/429 stops at once, keeps the lead and reports the reason', async () => {
  stubFetch([422, 201]);
  send.enqueue(ENDPOINT, 'k3', '{"contact":{"email":"ana@mail.test"},"triage":{"level":"urgent"}}');
  const seen = await deliverAll(send, 'k3');
  assert.equal(calls.length, 1);
  assert.deepEqual(seen.at(-1), { state: 'rejected', status: 422 }, 'the receiver\'s own text is not passed on to the visitor');
  const kept = JSON.parse(globalThis.localStorage.getItem(PREFIX + 'k3'));
  assert.equal(kept.rejected, 'HTTP 422');
  assert.equal(send.flushOutbox(fast), 0, 'a rejected lead is not retried on the next page load');
  assert.equal(kept.body, '', 'a refused lead keeps only its marker: no e-mail, no triage in the browser');
});

test('429 waits at least as long as Retry-After says', async () => {
  stubFetch([429, 201], { headers: { 'Retry-After': '1' } });
  send.enqueue(ENDPOINT, 'k4', '{}');
  const started = Date.now();
  const seen = await deliverAll(send, 'k4', { ...fast, capMs: 5000 });
  assert.equal(seen.at(-1).state, 'sent');
  assert.ok(Date.now() - started >= 1000, `retried after ${Date.now() - started} ms`);
  const retrying = seen.find((s) => s.state === 'retrying');
  assert.ok(retrying.next - started >= 1000);
});

test('without storage the lead is tried once and the visitor is told it failed', async () => {
  globalThis.localStorage.full = true;
  stubFetch(['network', 201]);
  assert.equal(send.enqueue(ENDPOINT, 'k5', '{}'), false);
  const seen = [];
  await new Promise((resolve) =>
    send.sendOnce(ENDPOINT, 'k5', '{}', fast, (s) => {
      seen.push(s.state);
      if (s.state !== 'sending') resolve();
    }),
  );
  assert.deepEqual(seen, ['sending', 'failed']);
  assert.equal(calls.length, 1);
});

test('the next page load delivers what an earlier page left in the outbox', async () => {
  stubFetch([201, 201]);
  for (const key of ['a', 'b']) send.enqueue(ENDPOINT, key, `{"k":"${key}"}`);
  const nextPage = await load('send.ts');
  assert.equal(nextPage.flushOutbox(fast), 2);
  for (let i = 0; i < 100 && globalThis.localStorage.length; i++) await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual(calls.map((c) => c.key).sort(), ['a', 'b']);
  assert.equal(globalThis.localStorage.length, 0);
});

test('two tabs without navigator.locks send a shared lead once (lease)', async () => {
  stubFetch([201, 201], { delayMs: 30 });
  send.enqueue(ENDPOINT, 'k6', '{}');
  const otherTab = await load('send.ts');
  const [a, b] = await Promise.all([deliverAll(send, 'k6'), deliverAll(otherTab, 'k6')]);
  assert.equal(calls.length, 1, 'one POST for one lead');
  assert.equal(a.at(-1).state, 'sent');
  assert.equal(b.at(-1).state, 'sent');
});

test('two tabs with navigator.locks send a shared lead once (Web Lock)', async () => {
  const held = new Set();
  globalThis.navigator = {
    locks: {
      async request(name, opts, fn) {
        if (held.has(name)) return fn(null);
        held.add(name);
        try {
          return await fn({ name });
        } finally {
          held.delete(name);
        }
      },
    },
  };
  stubFetch([500, 201, 201], { delayMs: 30 });
  send.enqueue(ENDPOINT, 'k7', '{}');
  const otherTab = await load('send.ts');
  await Promise.all([deliverAll(send, 'k7'), deliverAll(otherTab, 'k7')]);
  assert.equal(calls.length, 2, 'one failure, one success, no duplicate');
});

test('only https endpoints, or http to this machine; relative ones resolve against the page', () => {
  assert.equal(send.endpointUrl('https://clinic.example/leads'), 'https://clinic.example/leads');
  assert.equal(send.endpointUrl('http://127.0.0.1:8787/leads'), 'http://127.0.0.1:8787/leads');
  assert.equal(send.endpointUrl('http://localhost/leads'), 'http://localhost/leads');
  assert.equal(send.endpointUrl('/leads', 'https://clinic.example/blog/x'), 'https://clinic.example/leads');
  assert.equal(send.endpointUrl('/leads', 'http://127.0.0.1:9000/'), 'http://127.0.0.1:9000/leads');
  assert.equal(send.endpointUrl('/leads', 'http://clinic.example/'), '');
  assert.equal(send.endpointUrl('http://clinic.example/leads'), '');
  assert.equal(send.endpointUrl('javascript:alert(1)'), '');
  assert.equal(send.endpointUrl('/leads'), '');
  assert.equal(send.endpointUrl(undefined), '');
});

test('navigator.locks that throws (sandboxed frame) falls back to the lease and still sends once', async () => {
  globalThis.navigator = { locks: { request: async () => { throw new DOMException('denied', 'SecurityError'); } } };
  stubFetch([201, 201], { delayMs: 30 });
  send.enqueue(ENDPOINT, 'k8', '{}');
  const otherTab = await load('send.ts');
  const [a, b] = await Promise.all([deliverAll(send, 'k8'), deliverAll(otherTab, 'k8')]);
  assert.equal(calls.length, 1);
  assert.equal(a.at(-1).state, 'sent');
  assert.equal(b.at(-1).state, 'sent');
});

test('the connect-src line for a clinic whose CSP blocks its endpoint keeps the policy\'s own sources', () => {
  const o = 'https://leads.clinic.example';
  assert.equal(send.connectSrcLine("default-src 'self'; connect-src 'self' https://api.x.test; img-src 'self'", o), `connect-src 'self' https://api.x.test ${o}`);
  assert.equal(send.connectSrcLine("default-src 'self'; script-src 'self'", o), `connect-src 'self' ${o}`);
  assert.equal(send.connectSrcLine("connect-src 'none'", o), `connect-src ${o}`);
});

test('pagehide: each lead this tab is delivering gets one more try with keepalive and the same key; not a refused one, nor one another tab holds', async () => {
  stubFetch(['network', 'network', 'network']);
  for (const key of ['mine', 'refused', 'theirs']) send.enqueue(ENDPOINT, key, `{"k":"${key}"}`);
  const slow = { ...fast, baseMs: 2000, capMs: 2000 }; // the regular retries come later (and end the loops with a 201)
  for (const key of ['mine', 'refused', 'theirs']) send.deliver(key, slow);
  for (let i = 0; i < 100 && calls.length < 3; i++) await new Promise((r) => setTimeout(r, 5));
  const edit = (key, change) => localStorage.setItem(PREFIX + key, JSON.stringify({ ...JSON.parse(localStorage.getItem(PREFIX + key)), ...change }));
  edit('refused', { rejected: 'HTTP 422', body: '' });
  edit('theirs', { lease: Date.now() + 1000, owner: 'another-tab' });
  const sent = [];
  globalThis.fetch = async (url, init) => (sent.push({ url, key: init.headers['Idempotency-Key'], body: init.body, keepalive: init.keepalive }), new Response('{}', { status: 201 }));
  assert.equal(send.lastTry(), 1);
  assert.deepEqual(sent, [{ url: ENDPOINT, key: 'mine', body: '{"k":"mine"}', keepalive: true }]);
  assert.notEqual(localStorage.getItem(PREFIX + 'mine'), null, 'kept for the next visit: the answer cannot be read');
});
