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

// Every function on the module object: the four of wasm/bindings.cpp, the two
// loadCore passes in (print, printErr) and Emscripten's own runtime, nothing
// else (a test-only export such as the heap counters would show up here).
const RUNTIME = [
  'BindingError', 'InternalError', 'UnboundTypeError', '___embind_register_native_and_builtin_types',
  '___getTypeName', '___wasm_call_ctors', '_free', '_malloc', 'count_emval_handles',
  'get_first_emval', 'run',
];
test('the module exports exactly the four core functions besides Emscripten\'s runtime', () => {
  // Runtime helpers that -O2 keeps and -Oz drops (wasm/CMakeLists.txt): either is fine.
  const OPTIONAL = ['___errno_location', 'stackAlloc', 'stackRestore', 'stackSave'];
  const functions = Object.keys(core).filter((key) => typeof core[key] === 'function' && !OPTIONAL.includes(key)).sort();
  const expected = ['coreVersion', 'evaluate', 'protocol', 'validate', 'print', 'printErr', ...RUNTIME].sort();
  assert.deepEqual(functions, expected);
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
