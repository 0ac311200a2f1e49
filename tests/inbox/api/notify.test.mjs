// Notification e-mail through a local SMTP sink (python3-aiosmtpd): an SMTP
// outage loses nothing (the outbox retries with backoff), and the message
// carries no lead data at all. Debian's python3 (/usr/bin) is the one with the
// python3-aiosmtpd package, whatever python3 comes first on PATH.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fixtureLead, freePort, leadWithKey, postLead, root, startInbox } from '../inbox.mjs';

const cleanups = [];
after(async () => { for (const c of cleanups.reverse()) await c(); });

async function startSink(port, folder) {
  const child = spawn('/usr/bin/python3', [join(root, 'tests', 'inbox', 'smtp_sink.py'), String(port), folder], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => String(d).includes('ready') && resolve());
    child.on('exit', (code) => reject(new Error(`smtp sink exited ${code}`)));
  });
  return async () => { const exited = new Promise((r) => child.once('exit', r)); child.kill('SIGTERM'); await exited; };
}

const messages = (folder) => readdirSync(folder).filter((f) => f.endsWith('.eml')).sort().map((f) => readFileSync(join(folder, f), 'utf8'));
const pending = (inbox) => spawnSync('sqlite3', [join(inbox.dir, 'inbox.db'), 'SELECT count(*), max(attempts) FROM outbox WHERE sent_at IS NULL'], { encoding: 'utf8' }).stdout.trim();

async function waitFor(check, timeoutMs) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (check()) return true;
    await sleep(100);
  }
  return false;
}

test('an SMTP outage then recovery: the notification is retried and sent once, with no lead data in it', async () => {
  const smtpPort = await freePort();
  const folder = mkdtempSync(join(tmpdir(), 'bcinbox-smtp-'));
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  const inbox = await startInbox({
    notify: { smtpUrl: `smtp://127.0.0.1:${smtpPort}`, security: 'none', from: 'inbox@clinic.test',
      to: ['desk@clinic.test', 'pt@clinic.test'], retryBaseSeconds: 1, timeoutSeconds: 5 },
  });
  cleanups.push(() => inbox.stop());

  // The SMTP server is down: the lead is still stored (201); the notification waits in the outbox.
  const lead = leadWithKey();
  assert.equal((await postLead(inbox, lead)).status, 201);
  assert.ok(await waitFor(() => Number(pending(inbox).split('|')[1]) >= 2, 8000), `retries: ${pending(inbox)}`);
  assert.equal(pending(inbox).split('|')[0], '1');

  // It comes back: the next retry delivers, exactly once.
  cleanups.push(await startSink(smtpPort, folder));
  assert.ok(await waitFor(() => messages(folder).length === 1, 15000), 'the notification arrives after recovery');
  assert.ok(await waitFor(() => pending(inbox) === '0|', 5000), `marked sent: ${pending(inbox)}`);

  // A lead arriving while SMTP is up is told at once (the outbox is woken on every new lead).
  const started = Date.now();
  assert.equal((await postLead(inbox, leadWithKey())).status, 201);
  assert.ok(await waitFor(() => messages(folder).length === 2, 5000), 'sent within 5 s');
  assert.ok(await waitFor(() => pending(inbox) === '0|', 5000), `marked sent: ${pending(inbox)}`);
  console.log(`second notification after ${Date.now() - started} ms`);

  const fixture = fixtureLead();
  for (const message of messages(folder)) {
    assert.match(message, /^Subject: A self-check lead is waiting\r?$/m);
    assert.match(message, /X-Envelope-To: desk@clinic.test, pt@clinic.test/);
    assert.ok(message.includes(inbox.url), 'the inbox link');
    const forbidden = [fixture.contact.name, fixture.contact.email, fixture.contact.phone, fixture.contact.note, 'Ana', 'ruiz',
      'zebra', 'pt_evaluation', 'urgent', 'self_care', 'hip_', 'no_improvement', 'PEG', 'PHQ', lead.idempotencyKey, 'morning'];
    for (const text of forbidden) assert.ok(!message.toLowerCase().includes(text.toLowerCase()), `"${text}" must not be in the e-mail`);
  }
});
