// The front desk's API: sessions, CSRF, idle logoff, lockout, roles, audit.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { OWNER, STAFF, leadWithKey, login, postLead, startInbox } from '../inbox.mjs';

let inbox;
let leadId;
before(async () => {
  // Timings with room for a loaded CI machine: waits of 1 s and 2 s, an idle logoff after 4 s.
  inbox = await startInbox({ loginMaxFailures: 3, loginDelayBaseMs: 1000, loginLockoutSeconds: 60, sessionIdleSeconds: 4 });
  leadId = (await (await postLead(inbox, leadWithKey())).json()).id;
});
after(async () => { await inbox?.stop(); });

test('no session: every API route answers 401', async () => {
  for (const [method, path] of [['GET', '/api/leads'], ['GET', `/api/leads/${leadId}`], ['GET', '/api/session'],
    ['POST', `/api/leads/${leadId}/status`], ['GET', '/api/export'], ['GET', '/api/audit'], ['DELETE', `/api/leads/${leadId}`]]) {
    const res = await fetch(`${inbox.url}${path}`, { method });
    assert.equal(res.status, 401, `${method} ${path}`);
  }
});

test('login sets an HttpOnly SameSite=Strict cookie (Secure is left off only on loopback http)', async () => {
  const { res, cookie, session } = await login(inbox, STAFF);
  assert.equal(res.status, 200);
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Strict/);
  assert.doesNotMatch(cookie, /Secure/);
  assert.equal(session.role, 'staff');
  assert.ok(session.csrf.length >= 40);
});

test('a login posted from another site is refused', async () => {
  const res = await fetch(`${inbox.url}/api/login`, { method: 'POST', headers: { Origin: 'https://evil.test' },
    body: JSON.stringify(STAFF) });
  assert.equal(res.status, 403);
});

test('a change without the CSRF token, or with a wrong one, or from another origin is refused', async () => {
  const staff = await login(inbox, STAFF);
  const set = (opts) => staff.call(`/api/leads/${leadId}/status`, { method: 'POST', body: { status: 'contacted' }, ...opts });
  assert.equal((await set({ csrf: '' })).status, 403);
  assert.equal((await set({ csrf: 'x'.repeat(43) })).status, 403);
  assert.equal((await set({ headers: { Origin: 'https://evil.test' } })).status, 403);
  const ok = await set({});
  assert.equal(ok.status, 200);
  const list = await (await staff.call('/api/leads')).json();
  assert.equal(list.leads.find((l) => l.id === leadId).status, 'contacted');
});

test('staff read and change status but cannot export, delete, run retention or read the audit log', async () => {
  const staff = await login(inbox, STAFF);
  assert.equal((await staff.call(`/api/leads/${leadId}`)).status, 200);
  assert.equal((await staff.call('/api/export')).status, 403);
  assert.equal((await staff.call(`/api/leads/${leadId}`, { method: 'DELETE' })).status, 403);
  assert.equal((await staff.call('/api/retention', { method: 'POST' })).status, 403);
  assert.equal((await staff.call('/api/audit')).status, 403);
});

test('the detail has the contact, consent and the PT summary in words', async () => {
  const owner = await login(inbox, OWNER);
  const detail = await (await owner.call(`/api/leads/${leadId}?lang=en`)).json();
  assert.equal(detail.lead.contact.email, 'ana.ruiz@mail.test');
  assert.equal(detail.words.triage.title, 'A physical therapist should take a look');
  assert.deepEqual(detail.words.reasons.map((r) => r.kind), ['finding', 'red_flag']);
});

test('the owner exports (CSRF header needed) and every read is in the audit log with user and IP', async () => {
  const owner = await login(inbox, OWNER);
  assert.equal((await owner.call('/api/export', { csrf: '' })).status, 403);
  const exported = await owner.call('/api/export');
  assert.equal(exported.status, 200);
  assert.ok((await exported.json()).leads.some((l) => l.id === leadId));
  await owner.call(`/api/leads/${leadId}`);
  const { entries } = await (await owner.call('/api/audit')).json();
  const actions = entries.map((e) => `${e.action} ${e.actor}`);
  assert.ok(actions.includes(`export ${OWNER.email}`));
  assert.ok(actions.includes(`lead_viewed ${OWNER.email}`));
  assert.ok(actions.includes(`lead_viewed ${STAFF.email}`));
  assert.ok(actions.includes(`status_changed ${STAFF.email}`));
  assert.ok(actions.includes(`login ${OWNER.email}`));
  const viewed = entries.find((e) => e.action === 'lead_viewed');
  assert.equal(viewed.leadId, leadId);
  assert.equal(viewed.ip, '127.0.0.1');
});

test('idle logoff: a session unused for sessionIdleSeconds ends; background polling does not keep it alive', async () => {
  const staff = await login(inbox, STAFF);
  await sleep(2500);
  assert.equal((await staff.call('/api/leads', { headers: { 'X-Inbox-Poll': '1' } })).status, 200);
  await sleep(2000);
  assert.equal((await staff.call('/api/leads')).status, 401);
  const active = await login(inbox, STAFF);
  for (let i = 0; i < 3; i++) {
    await sleep(1500);
    assert.equal((await active.call('/api/leads')).status, 200, 'activity keeps the session');
  }
});

test('failed logins: a growing wait, then a lockout that even the right password does not pass; all audited', async () => {
  const email = OWNER.email;
  const attempt = (password) => fetch(`${inbox.url}/api/login`, { method: 'POST', body: JSON.stringify({ email, password }) });
  assert.equal((await attempt('wrong')).status, 401);
  const tooSoon = await attempt('wrong');
  assert.equal(tooSoon.status, 429);
  assert.equal((await tooSoon.json()).error.code, 'wait');
  await sleep(1100);
  assert.equal((await attempt('wrong')).status, 401);
  await sleep(2100);
  assert.equal((await attempt('wrong')).status, 401);
  const locked = await attempt(OWNER.password);
  assert.equal(locked.status, 429);
  assert.equal((await locked.json()).error.code, 'locked');
  assert.ok(Number(locked.headers.get('retry-after')) > 50);
  const staff = await login(inbox, STAFF);
  assert.equal(staff.res.status, 200, 'other accounts still log in');
  // The owner is locked out now, so read the (plain, append-only) audit table directly.
  const failed = spawnSync('sqlite3', [join(inbox.dir, 'inbox.db'), "SELECT count(*) FROM audit WHERE action = 'login_failed'"], { encoding: 'utf8' });
  assert.equal(failed.stdout.trim(), '3');
});
