// Every bad-input class of the core issue comes back from the WASM module as
// errors in the result (outcome "invalid"), never as an exception or an abort,
// byte-identical to what the native CLI prints for the same text.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { loadCore, runNative } from './load-core.mjs';

const answers = (sections) => JSON.stringify({ schemaVersion: 1, ...sections });
const rotation = (internalDegrees) =>
  answers({ hipRotation: { left: { method: 'sensor', internalDegrees, externalDegrees: 40 } } });

// [class, JSON text, error codes the contract allows for it]
const CASES = [
  ['malformed JSON', '{"schemaVersion": 1, "about": {', ['invalid_json']],
  ['empty input', '', ['invalid_json']],
  ['not an object', '[1, 2, 3]', ['not_an_object']],
  ['wrong type (age as text)', answers({ about: { ageYears: 'forty' } }), ['wrong_type']],
  ['wrong type (red flags as a string)', answers({ safety: { redFlags: 'cancer_history' } }), ['wrong_type']],
  ['negative rotation degrees', rotation(-10), ['out_of_range']],
  ['400 degrees of rotation', rotation(400), ['out_of_range']],
  ['NaN in the JSON text', '{"schemaVersion":1,"about":{"ageYears":NaN}}', ['invalid_json']],
  ['Infinity in the JSON text', '{"schemaVersion":1,"about":{"ageYears":Infinity}}', ['invalid_json']],
  ['a number too large for a double', '{"schemaVersion":1,"about":{"ageYears":1e999}}', ['invalid_json', 'out_of_range']],
  ['a key written twice (the second "safety" would hide an emergency)', '{"schemaVersion":1,"safety":{"redFlags":["saddle_numbness"]},"safety":{"redFlags":[]}}', ['duplicate_key']],
  ['a number with more digits than a double holds', '{"schemaVersion":1,"about":{"durationWeeks":6.00000000000000000001}}', ['inexact_number']],
  ['age 7', answers({ about: { ageYears: 7 } }), ['out_of_range']],
  ['age 190', answers({ about: { ageYears: 190 } }), ['out_of_range']],
  ['unknown enum string', answers({ about: { duration: 'forever' } }), ['unknown_value']],
  ['unknown red-flag code', answers({ safety: { redFlags: ['headache'] } }), ['unknown_value']],
  ['huge array (100,000 items)', answers({ safety: { redFlags: Array(100_000).fill('cancer_history') } }), ['too_many_items', 'too_large']],
  ['long array within the size limit', answers({ safety: { redFlags: Array(2_000).fill('cancer_history') } }), ['too_many_items', 'duplicate_item']],
  ['100,000 nested arrays', `{"schemaVersion":1,"about":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, ['too_deep', 'too_large']],
  ['1,000 nested arrays (within the size limit)', `{"schemaVersion":1,"about":${'['.repeat(1000)}${']'.repeat(1000)}}`, ['too_deep']],
  ['100,000 nested objects', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`, ['too_deep', 'too_large']],
  ['unknown schema version', JSON.stringify({ schemaVersion: 99 }), ['unsupported_version']],
  ['missing schema version', JSON.stringify({ about: { ageYears: 40 } }), ['missing_version']],
  ['a 10 MB string', answers({ about: { location: 'x'.repeat(10 * 1024 * 1024) } }), ['too_large']],
];

let core;
before(async () => {
  core = await loadCore();
});

for (const [name, text, codes] of CASES) {
  test(`bad input "${name}" returns ${codes.join(' or ')}, same as native`, () => {
    const output = core.evaluate(text);
    const result = JSON.parse(output);
    assert.equal(result.outcome, 'invalid');
    assert.equal(result.triage, undefined, 'no triage with errors');
    assert.ok(result.errors.length > 0, 'errors[] is empty');
    assert.ok(codes.includes(result.errors[0].code), `got ${JSON.stringify(result.errors[0])}`);
    assert.equal(output, runNative(['evaluate', '-'], text).stdout);

    const validation = JSON.parse(core.validate(text));
    assert.equal(validation.valid, false);
    assert.ok(codes.includes(validation.errors[0].code), `validate: ${JSON.stringify(validation.errors[0])}`);
    assert.deepEqual(core.printed, []);
  });
}

test('after all the bad input the same module still evaluates good answers', () => {
  const result = JSON.parse(core.evaluate(answers({ about: { ageYears: 40 } })));
  assert.deepEqual(result.errors, []);
  assert.equal(result.outcome, 'triaged');
});
