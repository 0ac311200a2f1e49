// The lead form on a test page, configured from the query string, mounted in a
// shadow root inside part="lead" like the widget does. window.__leads lets
// tests create many leads without typing them.
import { flushOutbox, mountLeadForm } from '../../../web/leads/form.js';
import { attachAnalytics } from '../../../web/leads/analytics.js';
import { buildLead, uuid } from '../../../web/leads/payload.js';
import { deliver, enqueue, Status } from '../../../web/leads/send.js';
import { PREFIX } from '../../../web/leads/outbox.js';
import fixture from '../../../docs/examples/contract-full-journey.expected.json';

// One tab at a time, checked where it is decided: every regular POST of a lead
// must leave while this tab holds that lead's Web Lock (web/leads/send.ts). The
// browser's lock manager is asked, so no clock or scheduling enters the check.
// (The keepalive try on pagehide is outside the lock by design.)
const lockChecks = { checked: 0, unlocked: [] as string[] };
if (navigator.locks) {
  const me = `whoami-${Math.random()}`;
  const clientId = await navigator.locks.request(me, async () => (await navigator.locks.query()).held?.find((l) => l.name === me)?.clientId);
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const key = (init?.headers as Record<string, string> | undefined)?.['Idempotency-Key'];
    if (key && !init?.keepalive) {
      const holder = (await navigator.locks.query()).held?.find((l) => l.name === `backcheck-lead:${key}`);
      lockChecks.checked++;
      if (!clientId || holder?.clientId !== clientId) lockChecks.unlocked.push(key);
    }
    return realFetch(input, init);
  };
}

const q = new URLSearchParams(location.search);
const num = (k: string, d: number) => (q.has(k) ? Number(q.get(k)) : d);
const opt = (k: string, d?: string) => (q.has(k) ? q.get(k) || undefined : d);
const delivery = { timeoutMs: num('timeout', 1500), baseMs: num('base', 100), capMs: num('cap', 800), fallbackAfter: num('fallbackAfter', 3) };
const locale = opt('locale', 'en')!;
const catalog: Record<string, string> = await (await fetch(`/harness/locales/${locale}.json`)).json();
const t = (key: string, vars?: Record<string, string | number>) =>
  (catalog[key] ?? key).replace(/\{(\w+)\}/g, (m, n: string) => String(vars?.[n] ?? m));

const result = structuredClone(fixture);
result.triage.level = opt('level', 'pt_evaluation')!;
if (q.has('outcome')) result.outcome = q.get('outcome')!;
const answers = { schemaVersion: 1, about: { ageYears: 44, duration: '1_4_weeks' } };
const config = {
  clinicName: opt('clinic', 'Riverbend PT'),
  clinicPhone: opt('phone', '+1 555 010 9999'),
  clinicEmail: opt('email', 'desk@riverbend.example'),
  bookingUrl: opt('booking', 'https://calendly.com/riverbend-pt/evaluation'),
  leadEndpoint: opt('endpoint', `${location.origin}/leads`),
  analytics: q.has('analytics'),
  includeAnswers: q.has('answers'),
};

const host = document.getElementById('host')!;
const shadow = host.attachShadow({ mode: 'open' });
const box = document.createElement('div');
box.setAttribute('part', 'lead');
shadow.append(box);
if (config.analytics) attachAnalytics(host);
const ctx = { config, locale, t, result, answers, pageUrl: location.href };
flushOutbox(delivery); // what the element does when it connects
mountLeadForm(box, ctx, { minFillMs: num('minFill', 0), delivery });

/** Creates n leads at once (as n visitors would) and resolves with their keys once each is final. */
async function many(n: number): Promise<{ keys: string[]; states: string[] }> {
  const keys: string[] = [];
  const done: Promise<string>[] = [];
  for (let i = 0; i < n; i++) {
    const key = uuid();
    const contact = { name: `Visitor ${i}`, email: `v${i}@mail.test`, phone: '', preferredTime: 'any', note: '' };
    const lead = buildLead(ctx, contact, { shareWithClinic: true, marketing: i % 2 === 0 }, key);
    if (!enqueue(config.leadEndpoint!, key, JSON.stringify(lead))) throw new Error('storage');
    keys.push(key);
    done.push(new Promise((resolve) => deliver(key, delivery, (s: Status) => ['sent', 'rejected', 'failed'].includes(s.state) && resolve(s.state))));
  }
  return { keys, states: await Promise.all(done) };
}
const outbox = () => Object.keys(localStorage).filter((k) => k.startsWith(PREFIX));
Object.assign(window, { __leads: { many, outbox, flush: () => flushOutbox(delivery), lockChecks: () => lockChecks } });
document.body.dataset.ready = 'true';
