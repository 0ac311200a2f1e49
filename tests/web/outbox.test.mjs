import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load, MemoryStorage } from './load.mjs';

const outbox = await load('outbox.ts');
const o = { baseMs: 1000, capMs: 60000 };

test('backoff doubles from the base delay and stays between half and all of it', () => {
  const low = [1, 2, 3, 4].map((n) => outbox.backoff(n, o, () => 0));
  const high = [1, 2, 3, 4].map((n) => outbox.backoff(n, o, () => 1));
  assert.deepEqual(low, [500, 1000, 2000, 4000]);
  assert.deepEqual(high, [1000, 2000, 4000, 8000]);
});

test('backoff never exceeds the cap, even after many failures', () => {
  assert.equal(outbox.backoff(7, o, () => 1), 60000);
  assert.equal(outbox.backoff(500, o, () => 1), 60000);
  assert.equal(outbox.backoff(500, o, () => 0), 30000);
});

test('backoff jitter spreads retries of many leads apart', () => {
  const delays = new Set(Array.from({ length: 50 }, () => outbox.backoff(3, o)));
  assert.ok(delays.size > 40, `only ${delays.size} distinct delays`);
  for (const d of delays) assert.ok(d >= 2000 && d <= 4000, `${d} outside 2000..4000`);
});

test('Retry-After in seconds and as an HTTP date', () => {
  const now = Date.parse('2026-11-25T17:00:00Z');
  assert.equal(outbox.retryAfterMs('7', now), 7000);
  assert.equal(outbox.retryAfterMs(' 0 ', now), 0);
  assert.equal(outbox.retryAfterMs('Wed, 25 Nov 2026 17:00:30 GMT', now), 30000);
  assert.equal(outbox.retryAfterMs('Wed, 25 Nov 2026 16:00:00 GMT', now), 0, 'a date in the past means now');
});

test('a missing, garbled or huge Retry-After cannot park a lead', () => {
  assert.equal(outbox.retryAfterMs(null), 0);
  assert.equal(outbox.retryAfterMs('soon'), 0);
  assert.equal(outbox.retryAfterMs('-5'), 0);
  assert.equal(outbox.retryAfterMs('99999999'), outbox.MAX_RETRY_AFTER_MS);
});

const entry = (key, extra = {}) => ({ key, endpoint: 'https://x.test/leads', body: '{}', created: Date.now(), failures: 0, next: 0, ...extra });

test('each lead is its own storage item, found again by key', () => {
  const s = new MemoryStorage();
  assert.equal(outbox.put(s, entry('a')), true);
  assert.equal(outbox.put(s, entry('b')), true);
  s.setItem('unrelated', 'x');
  assert.deepEqual(outbox.keys(s).sort(), ['a', 'b']);
  assert.equal(outbox.get(s, 'a').endpoint, 'https://x.test/leads');
  outbox.drop(s, 'a');
  assert.equal(outbox.get(s, 'a'), null);
  assert.deepEqual(outbox.keys(s), ['b']);
});

test('a full storage makes put report failure instead of throwing', () => {
  const s = new MemoryStorage();
  s.full = true;
  assert.equal(outbox.put(s, entry('a')), false);
  assert.deepEqual(outbox.keys(s), []);
});

test('unreadable storage is told apart from an absent lead', () => {
  const broken = { getItem() { throw new Error('denied'); } };
  assert.equal(outbox.get(broken, 'a'), undefined);
  assert.equal(outbox.get(new MemoryStorage(), 'a'), null);
});

test('a damaged item is skipped and removed, not fatal', () => {
  const s = new MemoryStorage();
  s.setItem(`${outbox.PREFIX}a`, '{not json');
  s.setItem(`${outbox.PREFIX}b`, JSON.stringify({ key: 'other' }));
  outbox.put(s, entry('c'));
  assert.equal(outbox.get(s, 'a'), null);
  assert.equal(outbox.get(s, 'b'), null);
  assert.deepEqual(outbox.keys(s), ['c']);
  assert.equal(s.getItem(`${outbox.PREFIX}a`), null);
  assert.equal(s.getItem(`${outbox.PREFIX}b`), null);
});

test('leads older than 30 days are removed from the browser', () => {
  const s = new MemoryStorage();
  const now = Date.now();
  outbox.put(s, entry('old', { created: now - outbox.MAX_AGE_MS - 1 }));
  outbox.put(s, entry('new', { created: now - outbox.MAX_AGE_MS + 60000 }));
  assert.deepEqual(outbox.keys(s, now), ['new']);
  assert.equal(s.getItem(`${outbox.PREFIX}old`), null);
});
