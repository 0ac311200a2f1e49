// Builds the widget bundle into build/web/: back-check.js (the element, its
// CSS and the English catalog) next to the Emscripten glue and .wasm it loads
// lazily, back-check-lead.js (the contact form, loaded on the results
// screen), and locales/*.json for the other languages (fetched on demand).
import { build, transform } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
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

// The English catalog is bundled without the contact form's text (lead.*,
// booking.*): that arrives with the form, from locales/en.json, on the results screen.
const catalogWithoutLeadText = {
  name: 'catalog-without-lead-text',
  setup(b) {
    b.onLoad({ filter: /locales[\\/]en\.json$/ }, async (args) => {
      const all = JSON.parse(await readFile(args.path, 'utf8'));
      const kept = Object.fromEntries(Object.entries(all).filter(([key]) => !/^(lead|booking)\./.test(key)));
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
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [cssAsText, catalogWithoutLeadText],
});
console.log(`web bundle written to ${out}`);
