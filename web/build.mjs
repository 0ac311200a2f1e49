// Builds the widget bundle into build/web/: back-check.js (the element and its
// CSS) next to the Emscripten glue and .wasm it loads lazily, back-check-lead.js
// (the contact form, loaded on the results screen), and locales/*.json (the
// visitor's one catalog, fetched as the element connects).
import { build, transform } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildCore } from './build-core.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build', 'web');

mkdirSync(join(out, 'locales'), { recursive: true });
await buildCore(root, out); // module, core.js + core.d.ts, test-only eval variant
for (const file of readdirSync(join(root, 'web', 'locales'))) {
  if (file.endsWith('.json')) copyFileSync(join(root, 'web', 'locales', file), join(out, 'locales', file));
}

// CSS files are imported as minified text, for constructable stylesheets.
const cssAsText = {
  name: 'css-as-text',
  setup(b) {
    b.onLoad({ filter: /\.css$/ }, async (args) => {
      const { code } = await transform(await readFile(args.path, 'utf8'), { loader: 'css', minify: true });
      return { contents: code.trim(), loader: 'text' };
    });
  },
};

// The catalogs are fetched (one per visitor); only these texts are bundled, from
// en.json and es.json: the header and intro (shown at once, before the catalog
// and the core arrive: web/steps/intro.ts), "preparing" for a Start pressed
// early, and "could not load, call the clinic" (web/i18n.ts). Keep this list
// short: every visitor pays for it.
const FALLBACK_KEYS = [
  'widget.title', 'widget.preparing', 'widget.failed', 'cta.call',
  'intro.title', 'intro.body', 'intro.privacy', 'intro.start', 'intro.resume', 'intro.restart',
];
const fallbackTexts = {
  name: 'fallback-texts',
  setup(b) {
    b.onLoad({ filter: /locales[\\/][a-z]{2}\.json$/ }, async (args) => {
      const all = JSON.parse(await readFile(args.path, 'utf8'));
      const kept = Object.fromEntries(FALLBACK_KEYS.map((key) => [key, all[key]]));
      return { contents: JSON.stringify(kept), loader: 'json' };
    });
  },
};

await build({
  // The contact form (web/leads/) is its own script, imported only on the results screen.
  entryPoints: {
    'back-check': join(root, 'web', 'back-check-define.ts'),
    'back-check-lead': join(root, 'web', 'leads', 'form.ts'),
  },
  outdir: out,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: !process.env.BACKCHECK_NO_MINIFY, // BACKCHECK_NO_MINIFY=1: readable names for a profile
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [cssAsText, fallbackTexts],
});

// The iframe embed, self-contained in build/web/ so that a copy of this folder
// alone serves both snippets: embed.html loads its files relative to itself
// (the demo site serves the same files from its root, see docs/embedding.md).
const site = join(root, 'site');
for (const [from, to] of [['embed-host.js', 'embed-host.js'], ['embed.css', 'embed.css'], ['js/embed.js', 'embed.js'], ['js/options.js', 'options.js']])
  copyFileSync(join(site, from), join(out, to));
writeFileSync(
  join(out, 'embed.html'),
  readFileSync(join(site, 'embed.html'), 'utf8')
    .replace('href="/embed.css"', 'href="./embed.css"')
    .replace('src="/widget/back-check.js"', 'src="./back-check.js"')
    .replace('src="/js/embed.js"', 'src="./embed.js"'),
);
console.log(`web bundle written to ${out}`);
