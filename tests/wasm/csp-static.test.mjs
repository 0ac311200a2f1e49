// The strict module's glue contains no eval and no new Function, so it runs
// under script-src 'self' 'wasm-unsafe-eval'; the test-only eval variant does
// contain them (so this check can see them). The browser half of this proof is
// tests/e2e/csp-eval.spec.mjs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { evalVariantDir, webDir } from './load-core.mjs';

const DYNAMIC_CODE = /\bnew Function\b|\beval\(/;
const glue = (dir) => readFileSync(join(dir, 'backcheck-core.js'), 'utf8');

test('the product glue has no eval or new Function (built with -sDYNAMIC_EXECUTION=0)', () => {
  assert.doesNotMatch(glue(webDir), DYNAMIC_CODE);
});

test('the eval variant glue does use new Function, so the check above can fail', () => {
  assert.match(glue(evalVariantDir), DYNAMIC_CODE);
});

test('the JS wrapper has no eval or new Function either', () => {
  assert.doesNotMatch(readFileSync(join(webDir, 'core.js'), 'utf8'), DYNAMIC_CODE);
});
