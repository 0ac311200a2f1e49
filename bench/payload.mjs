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

export const ENTRY = 'back-check.js';
const LOCALE = /^[a-z]{2}(-[A-Z]{2})?\.json$/;
// A relative file name inside a string literal: "./backcheck-core.js", "backcheck-core.wasm".
const REFERENCE = /["'`](?:\.\/)?((?:[\w-]+\/)*[\w.-]+\.(?:m?js|wasm|css|json))["'`]/g;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/**
 * The files one visitor downloads: the element script and everything it
 * references by file name (the glue, the .wasm, style sheets), followed
 * transitively; plus ONE locale catalog when catalogs are separate files (the
 * largest, so the budget holds in every language). Files in build/web that
 * nothing references (test-only builds, type declarations) are not counted.
 */
export function visitorFiles(dir = webDir) {
  const entry = join(dir, ENTRY);
  if (!existsSync(entry)) return { code: [], locale: null, otherLocales: [], other: [] };
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
  const locales = all
    .filter((f) => LOCALE.test(basename(f)))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  const counted = new Set([...reached, ...locales]);
  return {
    code: [...reached],
    locale: locales[0] ?? null,
    otherLocales: locales.slice(1),
    other: all.filter((f) => !counted.has(f)),
  };
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

/** Per-file and total sizes; `withinBudget` is the gzip total against 60 KB. */
export function measurePayload(dir = webDir) {
  const { code, locale, otherLocales, other } = visitorFiles(dir);
  if (code.length === 0) throw new Error(`no ${ENTRY} in ${dir}: build the widget first (node web/build.mjs)`);
  const files = [...code, ...(locale ? [locale] : [])].map((file) => ({
    file: relative(dir, file),
    ...sizes(readFileSync(file)),
  }));
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
    notCounted: other.map((f) => relative(dir, f)),
  };
}

export const kb = (bytes) => (bytes / 1024).toFixed(1);

/** Markdown rows: file | raw | gzip | brotli (KB). */
export function payloadTable(p) {
  const rows = p.files.map((f) => `| ${f.file} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`);
  const status = p.withinBudget ? 'within' : '**OVER**';
  return [
    '| File | raw KB | gzip KB | brotli KB |',
    '|---|---:|---:|---:|',
    ...rows,
    `| **Total** (budget ${kb(p.budget)} KB gzip: ${status}) | ${kb(p.total.raw)} | **${kb(p.total.gzip)}** | ${kb(p.total.brotli)} |`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const p = measurePayload();
  console.log(payloadTable(p));
  if (p.skippedLocales.length) console.log(`one locale counted; also built: ${p.skippedLocales.join(', ')}`);
  if (p.notCounted.length) console.log(`not counted (nothing the widget loads refers to them): ${p.notCounted.join(', ')}`);
  process.exitCode = p.withinBudget ? 0 : 1;
}
