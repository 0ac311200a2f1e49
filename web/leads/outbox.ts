// The outbox: one localStorage item per lead ("backcheck:lead:<key>"), so tabs
// never overwrite each other's leads. An entry is written before the first send
// and removed only after a 2xx (docs/leads.md §4).
export const PREFIX = 'backcheck:lead:';
export const MAX_AGE_MS = 30 * 24 * 3600 * 1000; // undelivered contact data does not stay forever
export const MAX_RETRY_AFTER_MS = 24 * 3600 * 1000; // a bogus Retry-After cannot park a lead for longer

export interface Entry {
  key: string; // the idempotency key
  endpoint: string;
  body: string; // the lead JSON, exactly as sent every time
  created: number;
  failures: number;
  next: number; // earliest time of the next attempt
  lease?: number; // another tab may not send before this time (browsers without navigator.locks)
  owner?: string;
  rejected?: string; // the endpoint refused it (4xx): a marker (body emptied) until it expires, never retried
}

export type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** localStorage, or null where it is disabled (e.g. blocked third-party storage). */
export function store(): Store | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The entry; null when absent or damaged; undefined when storage cannot be read. */
export function get(s: Store, key: string): Entry | null | undefined {
  let raw: string | null;
  try {
    raw = s.getItem(PREFIX + key);
  } catch {
    return undefined;
  }
  try {
    const e = JSON.parse(raw ?? 'null') as Entry | null;
    return e && e.key === key && typeof e.body === 'string' ? e : null;
  } catch {
    return null;
  }
}

export function put(s: Store, e: Entry): boolean {
  try {
    s.setItem(PREFIX + e.key, JSON.stringify(e));
    return true;
  } catch {
    return false; // quota exceeded or storage disabled
  }
}

export function drop(s: Store, key: string): void {
  try {
    s.removeItem(PREFIX + key);
  } catch {
    /* a later flush re-sends it; the receiver de-duplicates by key */
  }
}

/** Keys of all stored leads; expired ones are removed on the way. */
export function keys(s: Store, now = Date.now()): string[] {
  const found: string[] = [];
  try {
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k?.startsWith(PREFIX)) found.push(k.slice(PREFIX.length));
    }
  } catch {
    return [];
  }
  return found.filter((k) => {
    const e = get(s, k);
    const keep = !!e && now - e.created <= MAX_AGE_MS;
    if (e === null || (e && !keep)) drop(s, k); // damaged or expired
    return keep;
  });
}

/**
 * Removes every stored lead older than MAX_AGE_MS, whatever its state (pending,
 * leased, refused), and items whose age cannot be read. Runs each time an
 * element connects, not only when something is waiting to be sent.
 */
export function expire(s: Store, now = Date.now()): void {
  const found: string[] = [];
  try {
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k?.startsWith(PREFIX)) found.push(k);
    }
    for (const k of found) {
      let created = NaN;
      try {
        created = Number(JSON.parse(s.getItem(k) ?? 'null')?.created);
      } catch {
        /* damaged: removed below */
      }
      if (!(now - created <= MAX_AGE_MS)) s.removeItem(k);
    }
  } catch {
    /* storage disabled: nothing stored */
  }
}

/** Delay before attempt failures+1: doubling from baseMs up to capMs, "equal jitter" (half fixed, half random). */
export function backoff(failures: number, o: { baseMs: number; capMs: number }, random: () => number = Math.random): number {
  const ceiling = Math.min(o.capMs, o.baseMs * 2 ** Math.min(Math.max(failures - 1, 0), 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3); 0 if absent or bad. */
export function retryAfterMs(header: string | null, now = Date.now()): number {
  const v = header?.trim();
  if (!v) return 0;
  const ms = /^\d+$/.test(v) ? Number(v) * 1000 : Date.parse(v) - now;
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS) : 0;
}
