// Loads a web/leads TypeScript module in node: esbuild bundles it in memory and
// it is imported from a data: URL. Each call gives a fresh module instance
// (module-level state such as the tab id is not shared), which the tests use
// to play two browser tabs.
import { build } from 'esbuild';
import { webcrypto } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fallbackTexts } from '../../web/build-texts.mjs';

// Browsers and Node >= 19 have a global `crypto`; Node 18 (Debian 12's) does not.
globalThis.crypto ??= webcrypto;

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function bundle(entry, plugins = []) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'error',
    plugins: [fallbackTexts, ...plugins],
  });
  const code = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}#${Math.random()}`);
}

/** A module of web/leads/ (or, with ../, of web/). */
export const load = (file) => bundle(join(root, 'web', 'leads', file));

// The site's scripts import the shared rules from /widget/rules.js, which the
// build makes from web/rules/index.ts (web/build.mjs): the same source here.
const widgetRules = {
  name: 'widget-rules',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/widget\/rules\.js$/ }, () => ({ path: join(root, 'web', 'rules', 'index.ts') }));
  },
};

/** A script of site/js/, as the configurator runs it. */
export const loadSite = (file) => bundle(join(root, 'site', 'js', file), [widgetRules]);

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
