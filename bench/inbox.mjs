// The clinic inbox under load: 20 clients POST valid leads (new connection per
// request, as browsers on different phones would) for a fixed time; accepted
// leads per second, p50/p99 latency, the inbox's RSS. Budget (issue 16):
// >= 200 leads/s and p99 < 100 ms. Writes its table into docs/performance.md
// between the inbox-bench markers with --write; exits 1 when over budget.
//   node bench/inbox.mjs [--seconds 10] [--clients 20] [--write]
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureLead, root, SITE, startInbox } from '../tests/inbox/inbox.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const seconds = Number(arg('--seconds', 10));
const clients = Number(arg('--clients', 20));
const BUDGET = { leadsPerSecond: 200, p99Ms: 100 };

const inbox = await startInbox({ leadsPerMinute: 1e5, leadBurst: 1e5, threads: 32 });
const template = fixtureLead();
const latencies = [];
const serverTimes = []; // the handler's own time (Server-Timing), without the client and the network
let accepted = 0;
let failed = 0;
let peakRss = inbox.rss();

async function client(until) {
  while (performance.now() < until) {
    const lead = { ...template, idempotencyKey: randomUUID() };
    const body = JSON.stringify(lead);
    const start = performance.now();
    const res = await fetch(`${inbox.url}/leads`, {
      method: 'POST', body, headers: { Origin: SITE, 'Content-Type': 'application/json', 'Idempotency-Key': lead.idempotencyKey },
    });
    await res.arrayBuffer();
    latencies.push(performance.now() - start);
    const timing = /dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '');
    if (timing) serverTimes.push(Number(timing[1]));
    if (res.status === 201) accepted++; else failed++;
  }
}

// A short warm-up, then the measured run.
await Promise.all(Array.from({ length: clients }, () => client(performance.now() + 1000)));
latencies.length = 0; serverTimes.length = 0; accepted = 0; failed = 0;
const rssTimer = setInterval(() => { peakRss = Math.max(peakRss, inbox.rss()); }, 200);
const begin = performance.now();
await Promise.all(Array.from({ length: clients }, () => client(begin + seconds * 1000)));
const elapsed = (performance.now() - begin) / 1000;
clearInterval(rssTimer);
const stored = Number((await import('node:child_process')).spawnSync('sqlite3', [join(inbox.dir, 'inbox.db'), 'SELECT count(*) FROM leads'], { encoding: 'utf8' }).stdout.trim());
await inbox.stop();

latencies.sort((a, b) => a - b);
serverTimes.sort((a, b) => a - b);
const pctOf = (list, p) => list[Math.min(list.length - 1, Math.floor((p / 100) * list.length))];
const pct = (p) => pctOf(latencies, p);
const rate = accepted / elapsed;
const rows = [
  ['accepted leads per second', rate.toFixed(0), `≥ ${BUDGET.leadsPerSecond}`, rate >= BUDGET.leadsPerSecond],
  ['latency p50 (ms)', pct(50).toFixed(1), '', true],
  ['latency p99 (ms)', pct(99).toFixed(1), `< ${BUDGET.p99Ms}`, pct(99) < BUDGET.p99Ms],
  ['latency max (ms)', latencies.at(-1).toFixed(1), '', true],
  ['in the server (Server-Timing) p50 / p99 (ms)', `${pctOf(serverTimes, 50).toFixed(1)} / ${pctOf(serverTimes, 99).toFixed(1)}`, '', true],
  ['refused or failed requests', String(failed), '0', failed === 0],
  ['inbox RSS, peak (MB)', (peakRss / 1024).toFixed(1), '', true],
];
const table = [
  `${clients} concurrent clients for ${seconds} s after a 1 s warm-up; each request a new connection with a new`,
  `valid lead (${JSON.stringify(template).length} bytes), stored encrypted with \`synchronous=FULL\` before the 201.`,
  `${stored} leads in the database at the end (warm-up included). Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'},`,
  `load average ${loadavg()[0].toFixed(2)} at the end (other builds share these cores). Client and server on the same machine.`,
  '',
  '| Measure | Value | Budget | |',
  '| --- | --- | --- | --- |',
  ...rows.map(([name, value, budget, ok]) => `| ${name} | ${value} | ${budget} | ${budget ? (ok ? 'ok' : '**over**') : ''} |`),
].join('\n');
console.log(table);

if (process.argv.includes('--write')) {
  const file = join(root, 'docs', 'performance.md');
  const BEGIN = '<!-- inbox-bench:begin -->';
  const END = '<!-- inbox-bench:end -->';
  const section = `${BEGIN}\n## Clinic inbox: POST /leads under load (bench/inbox.mjs)\n\n${table}\n${END}`;
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.includes(BEGIN)
    ? text.replace(new RegExp(`${BEGIN}[\\s\\S]*${END}`), section)
    : `${text.trimEnd()}\n\n${section}\n`);
}
process.exit(rows.every(([, , budget, ok]) => !budget || ok) ? 0 : 1);
