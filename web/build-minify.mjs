// A second minifier pass over the scripts every visitor downloads (the element,
// the steps and the Emscripten glue), after esbuild (and, for the glue,
// Closure): terser with three compress passes finds what those leave, about
// 1 KB gzip on the whole journey (docs/performance.md, "Whole-journey
// payload"). Only safe transforms: no unsafe compress options; ascii_only
// keeps \u escapes, which gzip compresses better than raw UTF-8 here.
import { readFileSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';

export const TERSER_OPTIONS = { module: true, ecma: 2020, compress: { passes: 3 }, format: { ascii_only: true, wrap_func_args: false } };

/** Minifies an ES module file in place; throws (with the file named) if terser cannot parse it. */
export async function squeeze(file) {
  const source = readFileSync(file, 'utf8');
  let result;
  try {
    result = await minify(source, TERSER_OPTIONS);
  } catch (error) {
    throw new Error(`terser could not minify ${file}: ${error.message}`);
  }
  writeFileSync(file, result.code);
}
