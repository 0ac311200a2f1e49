// What a visitor downloads for the widget, measured raw, gzip (level 9) and
// brotli (quality 11) against the 60 KB gzip budget of BRIEF §4 (JS + WASM +
// CSS + one locale). Shared by bench/run.sh and tests/budget/.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const webDir = join(root, 'build', 'web');
export const BUDGET_GZIP_BYTES = 60 * 1024;
// Issue 18: what a visitor downloads for the widget before pressing Start
// while the widget is not near the viewport (the core and the catalog load
// only then): the element script and its static imports.
export const BEFORE_START_BUDGET_GZIP_BYTES = 16 * 1024;

export const ENTRY = 'back-check.js';
// The stylesheet of the first screen a page prints inside the element
// (web/first-screen-build.mjs): downloaded with the page, before the script runs.
export const PRINTED_STYLESHEET = 'back-check.css';
const LOCALE = /^[a-z]{2}(-[A-Z]{2})?\.json$/;
// A relative file name inside a string literal: "./backcheck-core.js", "backcheck-core.wasm".
const REFERENCE = /["'`](?:\.\/)?((?:[\w-]+\/)*[\w.-]+\.(?:m?js|wasm|css|json))["'`]/g;

// build/web/inbox/ is the clinic inbox's page (server/), never a visitor's download.
const NOT_THE_VISITORS = new Set(['inbox']);

function walk(dir, top = true) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (top && NOT_THE_VISITORS.has(name)) return [];
    return statSync(full).isDirectory() ? walk(full, false) : [full];
  });
}

/**
 * The files one visitor downloads: the element script and everything it
 * references by file name (the glue, the .wasm, style sheets), followed
 * transitively; plus ONE locale catalog that is fetched as a separate file
 * (the largest: the budget must hold in every language; a catalog compiled
 * into the script is already counted there). Files in build/web that nothing
 * references (test-only builds, type declarations) are not counted.
 */
export function visitorFiles(dir = webDir) {
  const entry = join(dir, ENTRY);
  if (!existsSync(entry)) return { code: [], locale: null, otherLocales: [], bundledLocales: [], other: [] };
  const reached = new Set([entry]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift();
    if (!/\.m?js$/.test(file)) continue;
    for (const [, name] of readFileSync(file, 'utf8').matchAll(REFERENCE)) {
      const target = join(dirname(file), name);
      if (LOCALE.test(basename(target)) || reached.has(target) || !existsSync(target)) continue;
      reached.add(target);
      queue.push(target);
    }
  }
  const all = walk(dir);
  // A catalog compiled into a script (English, today) costs nothing extra;
  // the visitor who pays most is the one whose catalog is fetched separately.
  const scripts = [...reached].filter((f) => /\.m?js$/.test(f)).map((f) => readFileSync(f, 'utf8')).join('\n');
  const catalogs = all.filter((f) => LOCALE.test(basename(f)));
  const bundled = catalogs.filter((f) => isBundled(f, scripts));
  const locales = catalogs
    .filter((f) => !bundled.includes(f))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  // A page that prints the first screen also loads its stylesheet (the configurator's snippet, the plugin, the demo).
  const printed = join(dir, PRINTED_STYLESHEET);
  if (existsSync(printed)) reached.add(printed);
  const counted = new Set([...reached, ...catalogs]);
  return {
    code: [...reached],
    locale: locales[0] ?? null,
    otherLocales: locales.slice(1),
    bundledLocales: bundled,
    other: all.filter((f) => !counted.has(f)),
  };
}

/**
 * Whether a catalog is compiled into the scripts: (nearly) all of its texts
 * appear there. Texts, not keys: every language has the same keys. Only plain
 * ASCII texts are compared, as the minifier may escape other characters.
 */
function isBundled(file, scripts) {
  let texts;
  try {
    texts = Object.values(JSON.parse(readFileSync(file, 'utf8'))).filter((v) => typeof v === 'string');
  } catch {
    return false;
  }
  const plain = texts.filter((v) => v.length >= 6 && /^[\x20-\x7e]*$/.test(v) && !/["\\]/.test(v));
  const sample = plain.length >= 3 ? plain : texts.map((v) => JSON.stringify(v).slice(1, -1));
  if (sample.length === 0) return false;
  return sample.filter((v) => scripts.includes(v)).length >= 0.9 * sample.length;
}

export function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

// What the snippet puts into the host page itself (web/first-screen-build.mjs):
// the loader, JavaScript that every page with the widget runs (counted in the
// whole journey and before Start), and the printed first screen, HTML the page
// carries before Start (counted there; the journey budget is JS + WASM + CSS +
// one locale). Named as rows, not files.
export const LOADER_ROW = 'loader (inline in the page)';
export const PRINTED_ROW = 'printed first screen (inline in the page, largest)';

/** The snippet's inline parts as rows: [] without build/web/first-screen.json (a build without them). */
export function inPageRows(dir = webDir, { printed = false } = {}) {
  const file = join(dir, 'first-screen.json');
  if (!existsSync(file)) return [];
  const { boot, locales } = JSON.parse(readFileSync(file, 'utf8'));
  const rows = boot?.script ? [{ file: LOADER_ROW, ...sizes(Buffer.from(boot.script)) }] : [];
  if (printed && locales) {
    const templates = Object.values(locales).flatMap((byKey) => Object.values(byKey)).map((html) => Buffer.from(html));
    const largest = templates.sort((a, b) => b.length - a.length)[0];
    if (largest) rows.push({ file: PRINTED_ROW, ...sizes(largest) });
  }
  return rows;
}

/** Per-file and total sizes; `withinBudget` is the gzip total against 60 KB. */
export function measurePayload(dir = webDir) {
  const { code, locale, otherLocales, bundledLocales, other } = visitorFiles(dir);
  if (code.length === 0) throw new Error(`no ${ENTRY} in ${dir}: build the widget first (node web/build.mjs)`);
  const files = [...code, ...(locale ? [locale] : [])].map((file) => ({
    file: relative(dir, file),
    ...sizes(readFileSync(file)),
  }));
  files.push(...inPageRows(dir));
  const total = files.reduce(
    (sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return {
    files,
    total,
    budget: BUDGET_GZIP_BYTES,
    withinBudget: total.gzip <= BUDGET_GZIP_BYTES,
    skippedLocales: otherLocales.map((f) => relative(dir, f)),
    bundledLocales: bundledLocales.map((f) => relative(dir, f)),
    notCounted: other.map((f) => relative(dir, f)),
  };
}

// A static import or re-export: `import x from "./a.js"`, `import "./a.js"`, `export * from "./a.js"`.
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.m?js)["']/g;

/**
 * The files a visitor downloads before pressing Start while the widget is not
 * yet near the viewport: the entry script and what it imports statically
 * (dynamic `import()`, `fetch` and `new URL` references load later), and the
 * printed first screen's stylesheet.
 */
export function beforeStartFiles(dir = webDir) {
  const entry = join(dir, ENTRY);
  if (!existsSync(entry)) return [];
  const reached = [entry];
  const printed = join(dir, PRINTED_STYLESHEET);
  for (let i = 0; i < reached.length; i++) {
    if (!/\.m?js$/.test(reached[i])) continue;
    for (const [, name] of readFileSync(reached[i], 'utf8').matchAll(STATIC_IMPORT)) {
      const target = join(dirname(reached[i]), name);
      if (existsSync(target) && !reached.includes(target)) reached.push(target);
    }
  }
  return existsSync(printed) ? [...reached, printed] : reached;
}

export function measureBeforeStart(dir = webDir) {
  const files = beforeStartFiles(dir).map((file) => ({ file: relative(dir, file), ...sizes(readFileSync(file)) }));
  if (files.length === 0) throw new Error(`no ${ENTRY} in ${dir}: build the widget first (node web/build.mjs)`);
  files.push(...inPageRows(dir, { printed: true }));
  const total = files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { files, total, budget: BEFORE_START_BUDGET_GZIP_BYTES, withinBudget: total.gzip <= BEFORE_START_BUDGET_GZIP_BYTES };
}

export const kb = (bytes) => (bytes / 1024).toFixed(1);

/** Markdown rows: file | raw | gzip | brotli (KB); with `beforeStart`, its row under the total. */
export function payloadTable(p, beforeStart = null) {
  const rows = p.files.map((f) => `| ${f.file} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`);
  const status = p.withinBudget ? 'within' : '**OVER**';
  return [
    '| File | raw KB | gzip KB | brotli KB |',
    '|---|---:|---:|---:|',
    ...rows,
    `| **Total** (budget ${kb(p.budget)} KB gzip: ${status}) | ${kb(p.total.raw)} | **${kb(p.total.gzip)}** | ${kb(p.total.brotli)} |`,
    ...(beforeStart
      ? [`| **Bytes before the visitor presses Start** (${beforeStart.files.map((f) => f.file).join(' + ')}; budget ${kb(beforeStart.budget)} KB gzip: ${beforeStart.withinBudget ? 'within' : '**OVER**'}) | ${kb(beforeStart.total.raw)} | **${kb(beforeStart.total.gzip)}** | ${kb(beforeStart.total.brotli)} |`]
      : []),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const p = measurePayload();
  const early = measureBeforeStart();
  console.log(payloadTable(p, early));
  if (p.bundledLocales.length) console.log(`compiled into the script (counted there): ${p.bundledLocales.join(', ')}`);
  if (p.skippedLocales.length) console.log(`one separate locale counted (the largest); also built: ${p.skippedLocales.join(', ')}`);
  if (p.notCounted.length) console.log(`not counted (nothing the widget loads refers to them): ${p.notCounted.join(', ')}`);
  process.exitCode = p.withinBudget && early.withinBudget ? 0 : 1;
}
