// Answers as the core expects them (docs/contract.md §1), addressed by the
// protocol's JSON pointers, and kept in sessionStorage so a reload resumes —
// only until the results or the emergency screen; from then on in memory only
// (JourneyStore; docs/widget.md, "What is stored where").
// Any JSON value: the protocol, not this type, says what is at each pointer (the core checks it).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;
export type Answers = Record<string, Json>;

const KEY = 'backcheck:session';

const parts = (pointer: string): string[] =>
  pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));

export function getAt(root: Answers, pointer: string): Json {
  let node: Json = root;
  for (const key of parts(pointer)) node = node == null ? undefined : node[key];
  return node;
}

export function setAt(root: Answers, pointer: string, value: Json): void {
  const keys = parts(pointer);
  const last = keys.pop()!;
  let node = root;
  for (const key of keys) node = node[key] && typeof node[key] === 'object' ? node[key] : (node[key] = {});
  if (value === undefined) delete node[last];
  else node[last] = value;
  if (value === undefined) prune(root, keys);
}

/** Drops objects left empty after a delete, so "skipped" sections are really absent. */
function prune(root: Answers, keys: string[]): void {
  for (let depth = keys.length; depth > 0; depth--) {
    const path = keys.slice(0, depth);
    const parent = path.slice(0, -1).reduce((n: Json, k) => n[k], root);
    const child = parent[path[depth - 1]];
    if (child && typeof child === 'object' && !Array.isArray(child) && !Object.keys(child).length) {
      delete parent[path[depth - 1]];
    }
  }
}

export interface Session {
  answers: Answers;
  step: number;
}

// Storage can throw (privacy modes, sandboxed frames): the journey works without it.
export function loadSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    const data = raw ? (JSON.parse(raw) as Session) : null;
    return data && typeof data.answers === 'object' && typeof data.step === 'number' ? data : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(session));
  } catch {
    /* not stored: nothing else to do */
  }
}

export function clearSession(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    /* nothing stored */
  }
}

/**
 * One element's journey storage. Before the results a reload resumes from
 * sessionStorage; once the results or the emergency screen are reached the
 * stored copy is deleted and nothing is written again — "Back" from the results
 * or "I ticked this by mistake" keep the answers (PHQ-4 included) in memory
 * only — until the visitor starts over, which begins a new journey.
 */
export class JourneyStore {
  #memoryOnly = false;

  save(session: Session): void {
    if (!this.#memoryOnly) saveSession(session);
  }

  /** The results or the emergency screen are shown. */
  finish(): void {
    this.#memoryOnly = true;
    clearSession();
  }

  /** Start over: a new journey, stored again until its results. */
  restart(): void {
    this.#memoryOnly = false;
    clearSession();
  }
}
