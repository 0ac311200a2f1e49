// docs/lead.schema.json is the formal contract: every lead the form builds
// from a real core result validates against it, and the reference receiver's
// hand-written validator (tests/receiver/validate.mjs) refuses what it refuses.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { validateLead } from '../receiver/validate.mjs';
import { load, root, translator } from './load.mjs';

const Ajv2020 = createRequire(import.meta.url)('ajv/dist/2020').default;
const schema = JSON.parse(readFileSync(join(root, 'docs', 'lead.schema.json'), 'utf8'));
const ajvOptions = { strict: true, strictRequired: false, allowUnionTypes: true, allErrors: true, validateFormats: false };
const check = new Ajv2020(ajvOptions).compile(schema);
const payload = await load('payload.ts');

const dir = join(root, 'docs', 'examples');
const results = readdirSync(dir)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8'))])
  .filter(([, r]) => r.outcome === 'triaged' && r.triage.level !== 'emergency');
const answersOf = (file) => JSON.parse(readFileSync(join(dir, file.replace('.expected.json', '.json')), 'utf8'));

function leadFor([file, result], includeAnswers = false) {
  const ctx = {
    config: { clinicName: 'Demo PT', analytics: false, includeAnswers },
    locale: 'es',
    t: translator(),
    result,
    answers: answersOf(file),
    pageUrl: 'https://clinic.example/blog',
  };
  const contact = { name: 'Ana', email: '', phone: '+34 612 345 678', preferredTime: 'evening', note: 'Hola' };
  return payload.buildLead(ctx, contact, { shareWithClinic: true, marketing: true }, payload.uuid());
}

test('strict mode is in force, so the schema (which compiled under it) has no misspelt or unknown keyword', () => {
  assert.throws(() => new Ajv2020(ajvOptions).compile({ type: 'object', propertys: {} }), /unknown keyword/);
  assert.equal(check({}), false, 'an empty lead is refused: the compiled schema is not vacuous');
});

test('leads built from every real result validate against docs/lead.schema.json', () => {
  assert.ok(results.length >= 8);
  for (const entry of results) {
    for (const withAnswers of [false, true]) {
      const lead = leadFor(entry, withAnswers);
      assert.ok(check(lead), `${entry[0]}: ${JSON.stringify(check.errors)}`);
    }
  }
});

test('the schema and the receiver refuse the same broken leads', () => {
  const good = leadFor(results[0]);
  const broken = {
    'no consent': { ...good, consents: { ...good.consents, shareWithClinic: false } },
    'no way to reach them': { ...good, contact: { name: 'Ana', preferredTime: 'any' } },
    'emergency level': { ...good, triage: { ...good.triage, level: 'emergency' } },
    'not a uuid': { ...good, idempotencyKey: 'abc' },
    'future schema version': { ...good, leadSchemaVersion: 2 },
    'unknown time': { ...good, contact: { ...good.contact, preferredTime: 'midnight' } },
    'finding without values': { ...good, findings: [{ code: 'weak_bridge' }] },
    'note too long': { ...good, contact: { ...good.contact, note: 'x'.repeat(1001) } },
  };
  for (const [name, lead] of Object.entries(broken)) {
    assert.equal(check(lead), false, `schema accepts: ${name}`);
    assert.ok(validateLead(lead).length > 0, `receiver accepts: ${name}`);
  }
  assert.ok(check(good));
  assert.deepEqual(validateLead(good), []);
});
