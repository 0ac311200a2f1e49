// The owner manages users on the page: add (password shown once), reset, remove;
// staff cannot; the owner cannot remove itself; every change is audited.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { OWNER, STAFF, login, startInbox } from '../inbox.mjs';

let inbox;
before(async () => { inbox = await startInbox(); });
after(async () => { await inbox?.stop(); });

test('staff cannot list, add, reset or remove users', async () => {
  const staff = await login(inbox, STAFF);
  assert.equal((await staff.call('/api/users')).status, 403);
  assert.equal((await staff.call('/api/users', { method: 'POST', body: { email: 'x@clinic.test' } })).status, 403);
  assert.equal((await staff.call('/api/users/reset', { method: 'POST', body: { email: OWNER.email } })).status, 403);
  assert.equal((await staff.call('/api/users/remove', { method: 'POST', body: { email: OWNER.email } })).status, 403);
});

test('the owner adds a user, who logs in with the password shown once; reset ends its sessions; remove locks it out', async () => {
  const owner = await login(inbox, OWNER);
  assert.equal((await owner.call('/api/users', { method: 'POST', body: { email: 'New@Clinic.test' }, csrf: '' })).status, 403);
  const added = await owner.call('/api/users', { method: 'POST', body: { email: 'New@Clinic.test', role: 'staff' } });
  assert.equal(added.status, 201);
  const { email, password, role } = await added.json();
  assert.equal(email, 'new@clinic.test');
  assert.equal(role, 'staff');
  assert.equal((await owner.call('/api/users', { method: 'POST', body: { email } })).status, 409);
  const listed = await (await owner.call('/api/users')).json();
  assert.deepEqual(listed.users.map((u) => u.email).sort(), [STAFF.email, email, OWNER.email].sort());
  assert.ok(!JSON.stringify(listed).includes('argon2'), 'no password hashes leave the server');

  const newcomer = await login(inbox, { email, password });
  assert.equal(newcomer.res.status, 200);
  const reset = await (await owner.call('/api/users/reset', { method: 'POST', body: { email } })).json();
  assert.notEqual(reset.password, password);
  assert.equal((await newcomer.call('/api/leads')).status, 401, 'the old session ended with the old password');
  assert.equal((await login(inbox, { email, password: reset.password })).res.status, 200);

  assert.equal((await owner.call('/api/users/remove', { method: 'POST', body: { email: OWNER.email } })).status, 409);
  assert.equal((await owner.call('/api/users/remove', { method: 'POST', body: { email } })).status, 200);
  assert.equal((await login(inbox, { email, password: reset.password })).res.status, 401);
  const { entries } = await (await owner.call('/api/audit')).json();
  for (const action of ['user_add', 'user_reset', 'user_remove']) {
    assert.ok(entries.some((e) => e.action === action && e.actor === OWNER.email && e.detail.startsWith(email)), action);
  }
});
