// POST /leads against a running inbox: docs/leads.md §5 (CORS, Origin, JSON
// only, size, validation, idempotency, rate limit), and memory under floods.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, test } from 'node:test';
import { OWNER, SITE, leadWithKey, login, postLead, startInbox } from '../inbox.mjs';

let inbox;
before(async () => { inbox = await startInbox({ leadsPerMinute: 100000, leadBurst: 100000 }); });
after(async () => { await inbox?.stop(); });

test('a valid lead from the clinic site is stored: 201 with CORS headers for that site only', async () => {
  const res = await postLead(inbox, leadWithKey());
  assert.equal(res.status, 201);
  assert.equal(res.headers.get('access-control-allow-origin'), SITE);
  assert.match(res.headers.get('access-control-expose-headers'), /Retry-After/);
  const body = await res.json();
  assert.equal(body.ok, true);
  assert.match(body.id, /^[0-9a-f]{32}$/);
});

test('preflight: allowed origin gets the methods and headers, another origin gets 403 and no CORS', async () => {
  const ok = await fetch(`${inbox.url}/leads`, { method: 'OPTIONS', headers: { Origin: SITE, 'Access-Control-Request-Method': 'POST' } });
  assert.equal(ok.status, 204);
  assert.equal(ok.headers.get('access-control-allow-origin'), SITE);
  assert.equal(ok.headers.get('access-control-allow-methods'), 'POST, OPTIONS');
  assert.equal(ok.headers.get('access-control-allow-headers'), 'Content-Type, Idempotency-Key');
  const evil = await fetch(`${inbox.url}/leads`, { method: 'OPTIONS', headers: { Origin: 'https://evil.test' } });
  assert.equal(evil.status, 403);
  assert.equal(evil.headers.get('access-control-allow-origin'), null);
});

test('the server itself refuses other origins and requests without an Origin (not only CORS)', async () => {
  const owner = await login(inbox, OWNER);
  const count = async () => (await (await owner.call('/api/leads')).json()).leads.length;
  const before = await count();
  assert.equal((await postLead(inbox, leadWithKey(), { origin: 'https://evil.test' })).status, 403);
  assert.equal((await postLead(inbox, leadWithKey(), { origin: null })).status, 403);
  assert.equal((await postLead(inbox, leadWithKey(), { origin: `${SITE}.evil.test` })).status, 403);
  assert.equal(await count(), before);
});

test('JSON only (415), parse errors (400), bodies over 64 KB (413)', async () => {
  assert.equal((await postLead(inbox, leadWithKey(), { type: 'text/plain' })).status, 415);
  assert.equal((await postLead(inbox, null, { body: '{"leadSchemaVersion":', key: 'x' })).status, 400);
  const big = leadWithKey();
  big.answers = { filler: 'x'.repeat(70 * 1024) };
  assert.equal((await postLead(inbox, big)).status, 413);
});

test('an invalid lead gets 422 with the path of the problem; nothing is stored', async () => {
  const lead = leadWithKey();
  lead.contact.extra = 'not in the schema';
  const res = await postLead(inbox, lead);
  assert.equal(res.status, 422);
  const body = await res.json();
  assert.equal(body.error.code, 'invalid_lead');
  assert.match(body.error.message, /\/contact\/extra/);
});

test('the Idempotency-Key header must equal the body key', async () => {
  const res = await postLead(inbox, leadWithKey(), { key: '00000000-0000-4000-8000-000000000000' });
  assert.equal(res.status, 400);
});

test('idempotency: a repeat gets the same 201 and id and stores nothing new; another body under the key gets 422', async () => {
  const lead = leadWithKey();
  const owner = await login(inbox, OWNER);
  const count = async () => (await (await owner.call('/api/leads')).json()).leads.length;
  const first = await postLead(inbox, lead);
  const n = await count();
  const again = await postLead(inbox, lead);
  assert.equal(first.status, 201);
  assert.equal(again.status, 201);
  assert.deepEqual(await again.json(), await first.json());
  assert.equal(await count(), n);
  const changed = structuredClone(lead);
  changed.contact.note = 'a different note';
  const reuse = await postLead(inbox, changed);
  assert.equal(reuse.status, 422);
  assert.equal((await reuse.json()).error.code, 'idempotency_key_reused');
  assert.equal(await count(), n);
});

test('memory stays bounded: 5,000 refused requests (bad origin, invalid lead) do not grow the process', async () => {
  const start = inbox.rss();
  const body = JSON.stringify({ bogus: 'x'.repeat(2000) });
  for (let batch = 0; batch < 50; batch++) {
    await Promise.all(Array.from({ length: 100 }, (_, i) => fetch(`${inbox.url}/leads`, {
      method: 'POST', body, headers: { Origin: i % 2 ? 'https://evil.test' : SITE, 'Content-Type': 'application/json' },
    }).then((r) => r.arrayBuffer())));
  }
  const grown = inbox.rss() - start;
  assert.ok(grown < 10 * 1024, `RSS grew by ${grown} KB`);
});

test('per-IP rate limit: 429 with Retry-After once the burst is spent', async () => {
  const limited = await startInbox({ leadsPerMinute: 2, leadBurst: 3 });
  try {
    const statuses = [];
    let retryAfter = null;
    for (let i = 0; i < 5; i++) {
      const res = await postLead(limited, leadWithKey());
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
    }
    assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
    assert.ok(Number(retryAfter) >= 1 && Number(retryAfter) <= 30, `Retry-After ${retryAfter}`);
  } finally {
    await limited.stop();
  }
});

test('a client that sends its headers slowly is cut off after the read timeout, and others are still served', async () => {
  const slow = Array.from({ length: 4 }, () => {
    const socket = connect(inbox.port, '127.0.0.1');
    socket.on('error', () => {});
    socket.resume(); // read (and drop) whatever the server says, so its close is seen
    socket.write('POST /leads HTTP/1.1\r\nHost: x\r\n');
    const closed = new Promise((resolve) => socket.on('close', () => resolve(Date.now())));
    return { socket, closed };
  });
  const started = Date.now();
  const res = await postLead(inbox, leadWithKey());
  assert.equal(res.status, 201);
  assert.ok(Date.now() - started < 3000, 'a normal lead is not held up until the slow clients time out (5 s)');
  const times = await Promise.all(slow.map((s) => s.closed));
  for (const closedAt of times) assert.ok(closedAt - started < 7000, `closed after ${closedAt - started} ms`);
});
