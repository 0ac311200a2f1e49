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
