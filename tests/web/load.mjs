// Loads a web/leads TypeScript module in node: esbuild bundles it in memory and
// it is imported from a data: URL. Each call gives a fresh module instance
// (module-level state such as the tab id is not shared), which the tests use
// to play two browser tabs.
import { build } from 'esbuild';
import { webcrypto } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Browsers and Node >= 19 have a global `crypto`; Node 18 (Debian 12's) does not.
globalThis.crypto ??= webcrypto;

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function load(file) {
  const out = await build({
    entryPoints: [join(root, 'web', 'leads', file)],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  const code = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}#${Math.random()}`);
}

/** A localStorage stand-in; `full` makes every write throw like a quota error. */
export class MemoryStorage {
  map = new Map();
  full = false;
  get length() {
    return this.map.size;
  }
  key(i) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k) {
    return this.map.has(k) ? this.map.get(k) : null;
  }
  setItem(k, v) {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.map.set(k, String(v));
  }
  removeItem(k) {
    this.map.delete(k);
  }
}

/** The t() the widget passes: {name} placeholders, the key itself when missing. */
export function translator(catalog = {}) {
  return (key, vars) => (catalog[key] ?? key).replace(/\{(\w+)\}/g, (m, n) => String(vars?.[n] ?? m));
}
