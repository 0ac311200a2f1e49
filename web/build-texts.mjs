// Build helpers shared by web/build.mjs and the node tests (tests/web/load.mjs):
// the list of locales, read from web/rules/locales.ts (the one list), and the
// esbuild plugin that gives web/i18n.ts the few texts bundled into the element
// script and the configurator its widget titles.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** LOCALES of web/rules/locales.ts, each with its catalog file (missing catalog: a clear error). */
export async function locales() {
  const out = await build({ entryPoints: [join(root, 'web', 'rules', 'locales.ts')], bundle: true, format: 'esm', write: false, logLevel: 'error' });
  const { LOCALES } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  for (const locale of LOCALES) {
    const file = join(root, 'web', 'locales', `${locale}.json`);
    if (!existsSync(file)) throw new Error(`web/rules/locales.ts lists "${locale}" but web/locales/${locale}.json does not exist`);
  }
  return LOCALES;
}

// The catalogs are fetched (one per visitor); only these texts are bundled, in
// every language: the header and intro (shown at once, before the catalog and
// the core arrive: web/steps/intro.ts), "preparing" for a Start pressed early,
// and "could not load, call the clinic" (web/i18n.ts). Keep this list short:
// every visitor pays for it.
export const FALLBACK_KEYS = [
  'widget.title', 'widget.preparing', 'widget.failed', 'cta.call',
  'intro.title', 'intro.body', 'intro.privacy', 'intro.start', 'intro.resume', 'intro.restart',
];

/**
 * The catalog as build/web/locales/<locale>.json serves it, one per visitor:
 * without the FALLBACK_KEYS (bundled into back-check.js, where the translator
 * finds them: web/i18n.ts), and nested by the dots of the keys
 * ({"plan":{"bridge":{"":"…","dose":"…"}}}, "" holding a key's own text when
 * longer keys extend it), which web/i18n.ts flattens back. The same texts with
 * each key prefix written once: every visitor downloads this file.
 */
export function servedCatalog(locale) {
  const nested = {};
  for (const [key, text] of Object.entries(JSON.parse(readFileSync(join(root, 'web', 'locales', `${locale}.json`), 'utf8')))) {
    if (FALLBACK_KEYS.includes(key)) continue;
    if (typeof text !== 'string') throw new Error(`web/locales/${locale}.json: "${key}" is not a text`);
    const parts = key.split('.');
    let node = nested;
    for (const part of parts.slice(0, -1)) {
      if (typeof node[part] === 'string') node[part] = { '': node[part] };
      node = node[part] ??= {};
    }
    const last = parts.at(-1);
    if (typeof node[last] === 'object') node[last][''] = text;
    else node[last] = text;
  }
  return JSON.stringify(nested);
}

/** `import texts from 'backcheck:fallback-texts'`: { [locale]: { [key]: text } } for FALLBACK_KEYS. */
export const fallbackTexts = {
  name: 'fallback-texts',
  setup(b) {
    b.onResolve({ filter: /^backcheck:fallback-texts$/ }, (args) => ({ path: args.path, namespace: 'fallback-texts' }));
    b.onLoad({ filter: /.*/, namespace: 'fallback-texts' }, async () => {
      const texts = {};
      for (const locale of await locales()) {
        const all = JSON.parse(readFileSync(join(root, 'web', 'locales', `${locale}.json`), 'utf8'));
        texts[locale] = Object.fromEntries(FALLBACK_KEYS.map((key) => [key, all[key]]));
      }
      return { contents: JSON.stringify(texts), loader: 'json' };
    });
  },
};
