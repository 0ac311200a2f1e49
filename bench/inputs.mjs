// The inputs every evaluate() benchmark runs on: the answers in
// docs/examples/*.json, the real cases the core's tests use
// (BACKCHECK_BENCH_INPUTS=DIR overrides).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

import { root } from './payload.mjs';

export const inputsDir = process.env.BACKCHECK_BENCH_INPUTS ?? join(root, 'docs', 'examples');

/** [{ name, file, text }] sorted by name; throws when there is nothing to measure. */
export function benchInputs(dir = inputsDir) {
  // NAME.expected.json beside an answers file is its expected result, not an input.
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json')).sort();
  if (files.length === 0) throw new Error(`no *.json answers in ${dir}`);
  return files.map((f) => ({ name: basename(f, '.json'), file: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
}

/**
 * docs/examples, or (while that folder is still empty) the fuzzer's seed
 * answers, saying which in the report.
 */
export function benchInputsWithFallback() {
  try {
    return { inputs: benchInputs(), label: relative(root, inputsDir) };
  } catch {
    const seeds = join(root, 'tests', 'fuzz', 'seeds');
    return { inputs: benchInputs(seeds), label: `${relative(root, seeds)} (docs/examples is empty)` };
  }
}
