// Crash safety: the inbox is killed with SIGKILL again and again while 50 leads
// go through the widget's own outbox and retries (web/leads/, on the harness
// page). Every lead ends up stored exactly once, none is lost, and the
// database passes SQLite's integrity check.
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startHarness } from '../receiver/harness.mjs';
import { openForm } from '../receiver/e2e.mjs';
import { OWNER, login, startInbox } from '../inbox/inbox.mjs';

let h;
let inbox;
test.beforeAll(async () => {
  inbox = await startInbox({ leadsPerMinute: 100000, leadBurst: 100000 });
  h = await startHarness({ connectSrc: [inbox.url] });
  // The harness's origin is the clinic site here; the inbox learns it now and restarts.
  await inbox.kill();
  const config = JSON.parse(readFileSync(inbox.configFile, 'utf8'));
  writeFileSync(inbox.configFile, JSON.stringify({ ...config, allowedOrigins: [h.url] }));
  await inbox.start();
});
test.afterAll(async () => {
  await h?.close();
  await inbox?.stop();
});

test('kill -9 the inbox repeatedly while 50 leads are delivered: each stored exactly once, the database intact', async ({ page }) => {
  test.setTimeout(120_000);
  await openForm(page, h.url, `endpoint=${encodeURIComponent(`${inbox.url}/leads`)}&timeout=1000&base=100&cap=600`);
  // Down when the visitors press Send: every lead waits in the browser's outbox first.
  await inbox.kill('SIGKILL');
  let settled = false;
  const running = page.evaluate(() => window.__leads.many(50)).finally(() => { settled = true; });
  // Then short lives of 50-250 ms, each ended by SIGKILL, wherever the inbox is.
  let kills = 1;
  const storedDuring = [];
  for (let cycle = 0; cycle < 10 && !settled; cycle++) {
    await inbox.start();
    await sleep(50 + Math.random() * 200);
    await inbox.kill('SIGKILL');
    kills++;
    const count = spawnSync('sqlite3', [join(inbox.dir, 'inbox.db'), 'SELECT count(*) FROM leads'], { encoding: 'utf8' });
    storedDuring.push(Number(count.stdout.trim()));
    await sleep(50 + Math.random() * 150);
  }
  await inbox.start();
  const { keys, states } = await running;
  console.log(`inbox killed ${kills} times; leads stored after each life: ${storedDuring.join(', ')}`);
  expect(storedDuring.some((n) => n > 0 && n < 50), 'some leads were stored and others still waiting when it was killed').toBe(true);
  expect(states).toEqual(Array(50).fill('sent'));

  const owner = await login(inbox, OWNER);
  const exported = await (await owner.call('/api/export')).json();
  const stored = exported.leads.map((l) => l.lead.idempotencyKey);
  for (const key of keys) expect(stored.filter((k) => k === key), key).toHaveLength(1);
  expect(stored).toHaveLength(50);
  const check = spawnSync('sqlite3', [join(inbox.dir, 'inbox.db'), 'PRAGMA integrity_check'], { encoding: 'utf8' });
  expect(check.stdout.trim()).toBe('ok');
});
