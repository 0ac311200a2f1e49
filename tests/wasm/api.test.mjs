// The module's surface: the four core functions, same answers as the native CLI,
// nothing printed, and the test-only eval variant is the same module otherwise.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { evalVariantDir, loadCore, runNative } from './load-core.mjs';

let core;

before(async () => {
  core = await loadCore();
});

test('the WASM core reports the same version as the native CLI', () => {
  assert.equal(core.coreVersion(), runNative(['version']).stdout);
});

test('the WASM protocol is byte-identical to the native one', () => {
  assert.equal(core.protocol(), runNative(['protocol']).stdout);
});

test('malformed JSON comes back as an error, not an exception', () => {
  const result = JSON.parse(core.evaluate('{"schemaVersion": '));
  assert.equal(result.errors[0].code, 'invalid_json');
  assert.deepEqual(JSON.parse(core.validate('{"schemaVersion": ')).valid, false);
});

test('the module exposes only the core functions and the heap counters', () => {
  const functions = Object.keys(core).filter((key) => typeof core[key] === 'function').sort();
  for (const name of ['coreVersion', 'evaluate', 'heapFree', 'heapSize', 'protocol', 'validate']) {
    assert.ok(functions.includes(name), `${name} missing from ${functions.join(', ')}`);
  }
});

test('the eval variant (test-only) answers like the strict module when no CSP is in force', async () => {
  const variant = await loadCore(evalVariantDir);
  const answers = '{"schemaVersion":1,"about":{"ageYears":44}}';
  assert.equal(variant.evaluate(answers), core.evaluate(answers));
  assert.equal(variant.coreVersion(), core.coreVersion());
});

test('Emscripten printed nothing while loading and running', () => {
  core.evaluate('[');
  core.evaluate('{"schemaVersion":1}');
  assert.deepEqual(core.printed, []);
});
