// The inputs every evaluate() benchmark runs on: docs/examples/*.json, the
// real cases the core's tests use (BACKCHECK_BENCH_INPUTS=DIR overrides).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { root } from './payload.mjs';

export const inputsDir = process.env.BACKCHECK_BENCH_INPUTS ?? join(root, 'docs', 'examples');

/** [{ name, file, text }] sorted by name; throws when there is nothing to measure. */
export function benchInputs(dir = inputsDir) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new Error(`no *.json answers in ${dir}`);
  return files.map((f) => ({ name: basename(f, '.json'), file: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
}
