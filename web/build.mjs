// Builds the widget bundle into build/web/: back-check.js (the element and its
// first screen), back-check.css (its styles), first-screen.json (that first
// screen as HTML, for pages that print it), back-check-steps.js (the steps, the results and
// the contact form, imported with the core once the element is near the
// viewport), next to the Emscripten glue and .wasm it loads lazily, and
// locales/*.json (the visitor's one catalog).
import { build, transform } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildCore } from './build-core.mjs';
import { squeeze } from './build-minify.mjs';
import { fallbackTexts, locales, servedCatalog } from './build-texts.mjs';
import { buildFirstScreen } from './first-screen-build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build', 'web');

mkdirSync(join(out, 'locales'), { recursive: true });
await buildCore(root, out); // module, core.js + core.d.ts, test-only eval variant
const LOCALES = await locales(); // web/rules/locales.ts: the one list
// Every visitor fetches one catalog: served compact (web/build-texts.mjs, servedCatalog).
for (const locale of LOCALES) writeFileSync(join(out, 'locales', `${locale}.json`), servedCatalog(locale));

// The widget's styles are their own file, back-check.css (web/styles/sheet.ts), not text in a script.
const minifyCss = async (path) => (await transform(await readFile(path, 'utf8'), { loader: 'css', minify: true })).code.trim();

await build({
  // The steps, the results and the contact form (web/leads/) are their own script,
  // imported with the core (not needed for the first screen).
  entryPoints: {
    'back-check': join(root, 'web', 'back-check-define.ts'),
    'back-check-steps': join(root, 'web', 'back-check-steps.ts'),
  },
  outdir: out,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: !process.env.BACKCHECK_NO_MINIFY, // BACKCHECK_NO_MINIFY=1: readable names for a profile
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [fallbackTexts],
});
if (!process.env.BACKCHECK_NO_MINIFY) for (const file of ['back-check.js', 'back-check-steps.js']) await squeeze(join(out, file));
// The widget's stylesheet, and the first screen as HTML for pages that print it
// (web/first-screen-build.mjs): the same code and texts as back-check.js's first render.
await buildFirstScreen(root, out, await minifyCss(join(root, 'web', 'styles', 'widget.css')), [fallbackTexts]);

// The clinic inbox page (server/ serves build/web/inbox/): its script, page and
// styles, and the widget's catalogs, from which the server names codes in words.
const inbox = join(out, 'inbox');
mkdirSync(join(inbox, 'widget-locales'), { recursive: true });
for (const file of ['index.html', 'inbox.css']) copyFileSync(join(root, 'web', 'inbox', file), join(inbox, file));
copyFileSync(join(root, 'site', 'favicon.svg'), join(inbox, 'favicon.svg'));
for (const locale of LOCALES) copyFileSync(join(root, 'web', 'locales', `${locale}.json`), join(inbox, 'widget-locales', `${locale}.json`));
// The options of the two plain browser-module builds below (the inbox page, the shared rules).
const browserModule = { bundle: true, format: 'esm', target: 'es2022', minify: true, legalComments: 'none', logLevel: 'warning' };
await build({ entryPoints: { inbox: join(root, 'web', 'inbox', 'main.ts') }, outdir: inbox, ...browserModule });

// The shared rules (URL, phone, e-mail, locales: web/rules/) for the
// configurator and the iframe page, which are plain JavaScript served as it is:
// site/js/options.js imports them from /widget/rules.js.
await build({
  entryPoints: { rules: join(root, 'web', 'rules', 'index.ts') },
  outdir: out,
  ...browserModule,
  plugins: [fallbackTexts],
});

// The iframe embed, self-contained in build/web/ so that a copy of this folder
// alone serves both snippets: embed.html loads its files relative to itself
// (the demo site serves the same files from its root, see docs/embedding.md).
const site = join(root, 'site');
for (const [from, to] of [['embed-host.js', 'embed-host.js'], ['embed.css', 'embed.css'], ['js/embed.js', 'embed.js']])
  copyFileSync(join(site, from), join(out, to));
const options = readFileSync(join(site, 'js', 'options.js'), 'utf8');
if (!options.includes("from '../widget/rules.js'")) throw new Error("site/js/options.js no longer imports '../widget/rules.js': update web/build.mjs");
writeFileSync(join(out, 'options.js'), options.replace("from '../widget/rules.js'", "from './rules.js'"));
writeFileSync(
  join(out, 'embed.html'),
  readFileSync(join(site, 'embed.html'), 'utf8')
    .replace('href="/embed.css"', 'href="./embed.css"')
    .replace('src="/widget/back-check.js"', 'src="./back-check.js"')
    .replace('src="/js/embed.js"', 'src="./embed.js"'),
);
console.log(`web bundle written to ${out}`);
