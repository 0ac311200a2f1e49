// Every example in docs/examples/ gives byte-identical result JSON (and
// validation JSON) in the WebAssembly module and in the native CLI.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';

import { loadCore, root, runNative } from './load-core.mjs';

const examplesDir = join(root, 'docs', 'examples');
/** Answers files: the .json examples that are not themselves results. */
export const examples = readdirSync(examplesDir, { recursive: true })
  .filter((name) => name.endsWith('.json'))
  .sort()
  .filter((name) => !('coreVersion' in JSON.parse(readFileSync(join(examplesDir, name), 'utf8'))));

let core;
before(async () => {
  core = await loadCore();
});

test('docs/examples/ holds answers files to compare', () => {
  assert.ok(examples.length >= 5, `only ${examples.length} examples in ${examplesDir}`);
});

for (const name of examples) {
  test(`example ${name}: WASM result is byte-identical to the native CLI's`, () => {
    const file = join(examplesDir, name);
    const text = readFileSync(file, 'utf8');
    assert.equal(core.evaluate(text), runNative(['evaluate', file]).stdout);
    assert.equal(core.validate(text), runNative(['validate', file]).stdout);
  });
}
