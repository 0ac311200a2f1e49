// What the element runs on connect: it must not fetch the form script on a
// normal visit, and must on a visit after an undelivered lead.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load, MemoryStorage } from './load.mjs';

const { hasPendingLeads } = await load('connect.ts');
const PREFIX = 'backcheck:lead:';
const entry = (key, extra = {}) => JSON.stringify({ key, endpoint: 'https://x.test/leads', body: '{}', created: Date.now(), failures: 1, next: 0, ...extra });

test('no stored lead, or only a refused one: nothing pending', () => {
  globalThis.localStorage = new MemoryStorage();
  assert.equal(hasPendingLeads(), false);
  localStorage.setItem('unrelated', 'x');
  localStorage.setItem(`${PREFIX}a`, entry('a', { rejected: 'HTTP 422' }));
  assert.equal(hasPendingLeads(), false);
});

test('an undelivered lead, or a damaged item the outbox must clean up: pending', () => {
  globalThis.localStorage = new MemoryStorage();
  localStorage.setItem(`${PREFIX}a`, entry('a', { rejected: 'HTTP 422' }));
  localStorage.setItem(`${PREFIX}b`, entry('b'));
  assert.equal(hasPendingLeads(), true);
  globalThis.localStorage = new MemoryStorage();
  localStorage.setItem(`${PREFIX}c`, '{oops');
  assert.equal(hasPendingLeads(), true);
});

test('storage that throws on access means nothing pending, not an error', () => {
  Object.defineProperty(globalThis, 'localStorage', { configurable: true, get() { throw new Error('SecurityError'); } });
  try {
    assert.equal(hasPendingLeads(), false);
  } finally {
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, writable: true, value: undefined });
  }
});

test('every stored lead expires after 30 days whatever its state, when the element connects (no pending lead needed)', async () => {
  const { connectLeads } = await load('connect.ts');
  const day = 24 * 3600 * 1000;
  globalThis.localStorage = new MemoryStorage();
  const old = (days) => ({ created: Date.now() - days * day });
  localStorage.setItem(`${PREFIX}r31`, entry('r31', { rejected: 'HTTP 422', ...old(31) }));
  localStorage.setItem(`${PREFIX}r400`, entry('r400', { rejected: 'HTTP 422', ...old(400) }));
  localStorage.setItem(`${PREFIX}leased`, entry('leased', { lease: Date.now() + 60000, owner: 'other', ...old(31) }));
  localStorage.setItem(`${PREFIX}r1`, entry('r1', { rejected: 'HTTP 422', ...old(1) }));
  localStorage.setItem('unrelated', 'x');
  const detach = connectLeads(new EventTarget(), { analytics: false }, 'data:text/javascript,');
  detach();
  assert.deepEqual(Object.keys(Object.fromEntries(localStorage.map)).sort(), [`${PREFIX}r1`, 'unrelated']);
});
