// Delivery: POST with an Idempotency-Key, a timeout per attempt, retries with
// backoff (and Retry-After) on network errors, timeouts, 408, 429 and 5xx;
// a 4xx otherwise is final. One tab at a time sends a given lead: a Web Lock
// per lead where the browser has navigator.locks, else a lease in the entry.
import { webUrl } from '../rules/url.js';
import { backoff, drop, Entry, get, keys, put, retryAfterMs, store, Store } from './outbox.js';
import type { DeliveryOptions } from './types.js';

export const DEFAULT_DELIVERY: DeliveryOptions = { timeoutMs: 15000, baseMs: 2000, capMs: 300000, fallbackAfter: 3 };

export type Status =
  | { state: 'sending'; failures: number }
  | { state: 'retrying'; failures: number; next: number }
  | { state: 'sent' }
  | { state: 'rejected'; status: number } // the endpoint said no (4xx): final; its own words go to the console only
  | { state: 'blocked' } // the host page's CSP forbids the endpoint: final, can never succeed from this page
  | { state: 'failed' }; // no storage, and the single attempt failed

type Outcome = { ok: true } | { ok: false; retry: boolean; after: number; reason: string };

/** Entry.rejected (and Outcome.reason) when the host page's Content-Security-Policy blocked the request. */
export const CSP_BLOCKED = 'csp';

const TAB = Math.random().toString(36).slice(2);
const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** The endpoint rule of BRIEF §4 (web/rules/url.ts): HTTPS, plain http only to this machine. Returns the absolute URL, or ''. */
export const endpointUrl = (value: string | undefined, base?: string): string => webUrl(value, base)?.href ?? '';

/** Someone else's text for the console: cut, with control and direction-override characters shown as escapes. */
export const consoleSafe = (text: string): string =>
  text.slice(0, 500).replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** What a final "no" tells the visitor: blocked by the page's CSP, or refused with a status ("HTTP 422"; older entries had the receiver's text after it). */
const finalStatus = (rejected: string): Status =>
  rejected === CSP_BLOCKED ? { state: 'blocked' } : { state: 'rejected', status: Number(/^HTTP (\d{3})/.exec(rejected)?.[1] ?? 0) };

// Origins the page's CSP refused to connect to, with the policy that refused them.
const cspBlocked = new Map<string, string>();
let watching = false;
function watchCsp(): void {
  if (watching || typeof document === 'undefined' || typeof document.addEventListener !== 'function') return;
  watching = true;
  document.addEventListener('securitypolicyviolation', (e) => {
    if (!/^(connect-src|default-src)\b/.test(e.effectiveDirective || e.violatedDirective)) return;
    try {
      cspBlocked.set(new URL(e.blockedURI).origin, e.originalPolicy);
    } catch {
      /* blockedURI "inline", "eval", …: not a connection */
    }
  });
}

/** The connect-src directive the clinic should use: the violated policy's own sources plus the endpoint's origin. */
export function connectSrcLine(policy: string, origin: string): string {
  const directives = policy.split(';').map((d) => d.trim().split(/\s+/));
  const sources = (directives.find((d) => d[0] === 'connect-src') ?? directives.find((d) => d[0] === 'default-src') ?? ['', "'self'"]).slice(1);
  const kept = sources.filter((s) => s !== "'none'");
  return `connect-src ${[...kept, ...(kept.includes(origin) ? [] : [origin])].join(' ')}`;
}

/**
 * After a failed fetch: was it the page's CSP? Chromium fires the violation event before the fetch
 * rejects; other engines may fire it just after, so a short wait (50 ms; every failed attempt pays it
 * while holding the lead's lease, hence short).
 */
async function blockedByCsp(endpoint: string): Promise<boolean> {
  const origin = new URL(endpoint).origin;
  for (let waited = 0; !cspBlocked.has(origin) && watching && waited < 50; waited += 25) await sleep(25);
  const policy = cspBlocked.get(origin);
  if (policy === undefined) return false;
  console.warn(
    `<back-check>: this page's Content-Security-Policy does not allow connections to the lead endpoint ${endpoint}, ` +
      `so no lead can be sent from it (the visitor is shown the clinic's phone and e-mail instead). ` +
      `Add the endpoint's origin to the policy's connect-src, for example:\n${connectSrcLine(policy, origin)}`,
  );
  return true;
}

export async function attempt(endpoint: string, key: string, body: string, timeoutMs: number): Promise<Outcome> {
  watchCsp();
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body,
      signal: abort.signal,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
    if (res.ok) return { ok: true };
    const retry = res.status === 408 || res.status === 429 || res.status >= 500;
    const reason = `HTTP ${res.status}`;
    if (!retry) {
      // The receiver's explanation is for the clinic's developer, never for the visitor's screen.
      const detail = await res.json().then((j) => j?.error?.message ?? j?.error ?? j?.message, () => '');
      console.warn(`<back-check>: the lead endpoint ${endpoint} refused the lead (${reason})${typeof detail === 'string' && detail ? `: ${consoleSafe(detail)}` : ''}`);
    }
    return { ok: false, retry, after: retryAfterMs(res.headers.get('Retry-After')), reason };
  } catch {
    if (!abort.signal.aborted && (await blockedByCsp(endpoint))) return { ok: false, retry: false, after: 0, reason: CSP_BLOCKED };
    return { ok: false, retry: true, after: 0, reason: abort.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

/** Runs fn only if no other tab holds this lead; 'busy' otherwise. */
async function exclusive<T>(key: string, fn: (locked: boolean) => Promise<T>): Promise<T | 'busy'> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return fn(false);
  try {
    return await locks.request(`backcheck-lead:${key}`, { ifAvailable: true }, (lock) => (lock ? fn(true) : 'busy'));
  } catch {
    return fn(false); // e.g. SecurityError in a sandboxed frame: the lease in the entry still guards
  }
}

/** One attempt for a stored lead, if it is due and no one else is sending it. */
async function step(s: Store, key: string, o: DeliveryOptions, emit: (s: Status) => void, locked: boolean): Promise<'busy' | void> {
  const e = get(s, key);
  const now = Date.now();
  if (!e || e.rejected || e.next > now) return;
  if (e.lease && e.lease > now && e.owner !== TAB) return 'busy';
  put(s, { ...e, lease: now + o.timeoutMs + 5000, owner: TAB });
  if (!locked) {
    await sleep(20 + Math.random() * 60); // two tabs may have taken the lease at once: the later write wins
    if (get(s, key)?.owner !== TAB) return 'busy';
  }
  emit({ state: 'sending', failures: e.failures });
  const out = await attempt(e.endpoint, key, e.body, o.timeoutMs);
  if (out.ok) return drop(s, key);
  const update: Entry = { ...e, lease: 0, owner: undefined };
  if (!out.retry) {
    update.rejected = out.reason;
    update.body = ''; // never sent again: the contact and health data need not stay in the browser
  }
  else {
    update.failures = e.failures + 1;
    update.next = Date.now() + Math.max(backoff(update.failures, o), out.after);
  }
  put(s, update);
}

const running = new Map<string, Set<(s: Status) => void>>();

/**
 * The tab is going away (pagehide) while leads it was delivering are still
 * queued: one more try each, with keepalive so the request outlives the page,
 * the same body and Idempotency-Key (a duplicate is harmless at the receiver).
 * Its answer cannot be read, so the outbox keeps the entry: the next visit
 * flushes it, and the receiver answers that retry with the same 2xx.
 */
export function lastTry(now = Date.now()): number {
  const s = store();
  let tried = 0;
  if (!s) return tried;
  for (const key of running.keys()) {
    const e = get(s, key);
    if (!e || e.rejected || (e.lease && e.lease > now && e.owner !== TAB)) continue; // gone, final, or another tab is sending it
    // This page is going: a lease it holds would only make the next page wait for it to run out.
    if (e.owner === TAB) put(s, { ...e, lease: 0, owner: undefined });
    try {
      void fetch(e.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: e.body,
        keepalive: true,
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
      }).catch(() => {});
      tried++;
    } catch {
      /* e.g. a body over the keepalive quota (64 KB): the next visit sends it */
    }
  }
  return tried;
}

let hooked = false;
function hookPagehide(): void {
  if (hooked || typeof globalThis.addEventListener !== 'function') return;
  hooked = true;
  globalThis.addEventListener('pagehide', () => lastTry());
}

/** Delivers a stored lead while this page is open; listeners hear every status change. */
export function deliver(key: string, o: DeliveryOptions = DEFAULT_DELIVERY, listener?: (s: Status) => void): void {
  const listeners = running.get(key);
  if (listeners) {
    if (listener) listeners.add(listener);
    return;
  }
  const set = new Set(listener ? [listener] : []);
  running.set(key, set);
  hookPagehide();
  const emit = (status: Status) => set.forEach((f) => f(status));
  void (async () => {
    const s = store();
    for (;;) {
      const e = s && get(s, key);
      if (e === undefined || !s) return emit({ state: 'failed' });
      if (e === null) return emit({ state: 'sent' }); // removed only after a 2xx, here or in another tab
      if (e.rejected) return emit(finalStatus(e.rejected));
      const wait = e.next - Date.now();
      if (wait > 0) {
        emit({ state: 'retrying', failures: e.failures, next: e.next });
        await sleep(Math.min(wait, o.capMs));
      } else if ((await exclusive(key, (locked) => step(s, key, o, emit, locked))) === 'busy') {
        await sleep(Math.min(1000, o.baseMs)); // another tab is sending it; see how that went
      }
    }
  })()
    .catch(() => emit({ state: 'failed' })) // never an unhandled rejection in the host page's console
    .finally(() => running.delete(key));
}

/** Writes the lead to the outbox before the first send; false if storage is full or disabled. */
export function enqueue(endpoint: string, key: string, body: string): boolean {
  const s = store();
  return !!s && put(s, { key, endpoint, body, created: Date.now(), failures: 0, next: 0 });
}

/** Without storage there is no later: one honest attempt. */
export function sendOnce(endpoint: string, key: string, body: string, o: DeliveryOptions, listener: (s: Status) => void): void {
  listener({ state: 'sending', failures: 0 });
  void attempt(endpoint, key, body, o.timeoutMs).then((out) =>
    listener(out.ok ? { state: 'sent' } : out.retry ? { state: 'failed' } : finalStatus(out.reason)),
  );
}

/** Resumes every stored lead (the element calls this when it connects). */
export function flushOutbox(o: DeliveryOptions = DEFAULT_DELIVERY): number {
  const s = store();
  if (!s) return 0;
  const pending = keys(s).filter((k) => !get(s, k)?.rejected);
  pending.forEach((k) => deliver(k, o));
  return pending.length;
}
