// The inbox's validator (backcheck-inbox check-lead, the code behind POST /leads)
// against ajv on docs/lead.schema.json, on the same documents: every document
// ajv refuses, the inbox refuses; the inbox is stricter only where it says so.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { load, translator } from '../../web/load.mjs';
import { BIN, fixtureLead, root } from '../inbox.mjs';

const Ajv2020 = createRequire(import.meta.url)('ajv/dist/2020').default;
const schema = JSON.parse(readFileSync(join(root, 'docs', 'lead.schema.json'), 'utf8'));
const ajv = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true, allErrors: true, validateFormats: false }).compile(schema);
const inbox = (doc) => spawnSync(BIN, ['check-lead'], { input: JSON.stringify(doc), encoding: 'utf8' }).status === 0;

function mutate(change) {
  const doc = fixtureLead();
  change(doc);
  return doc;
}

// [name, document]: each a small change to a valid lead.
const cases = [];
for (const key of schema.required) cases.push([`without ${key}`, mutate((d) => delete d[key])]);
for (const path of [[], ['contact'], ['consents'], ['consents', 'wording'], ['triage'], ['findings', 0]]) {
  cases.push([`extra property in /${path.join('/')}`, mutate((d) => { path.reduce((o, k) => o[k], d).extra = 1; })]);
}
const lengths = [['contact', 'name', 100], ['contact', 'email', 254, (n) => `${'a'.repeat(n - 11)}@mail.test`],
  ['contact', 'phone', 32, (n) => `+1 608 555 0199${' '.repeat(n - 15)}`], ['contact', 'note', 1000], [null, 'summary', 8000],
  [null, 'locale', 16, (n) => `es-${'x'.repeat(Math.min(8, n - 3))}${n > 11 ? `-${'y'.repeat(n - 12)}` : ''}`], [null, 'pageUrl', 2048, (n) => `https://c.example/${'p'.repeat(n - 18)}`]];
for (const [parent, key, max, make = (n) => 'x'.repeat(n)] of lengths) {
  for (const n of [max, max + 1]) cases.push([`${key} of ${n} characters`, mutate((d) => { (parent ? d[parent] : d)[key] = make(n); })]);
}
cases.push(
  ['name of 100 two-byte characters', mutate((d) => { d.contact.name = 'ñ'.repeat(100); })],
  ['empty name', mutate((d) => { d.contact.name = ''; })],
  ['no e-mail and no phone', mutate((d) => { delete d.contact.email; delete d.contact.phone; })],
  ['phone only', mutate((d) => { delete d.contact.email; })],
  ['preferredTime unknown', mutate((d) => { d.contact.preferredTime = 'night'; })],
  ['consent false', mutate((d) => { d.consents.shareWithClinic = false; })],
  ['marketing as a string', mutate((d) => { d.consents.marketing = 'no'; })],
  ['level emergency', mutate((d) => { d.triage.level = 'emergency'; })],
  ['reason with capitals', mutate((d) => { d.triage.reasons = ['Hip']; })],
  ['reason of 65 characters', mutate((d) => { d.triage.reasons = [`a${'b'.repeat(64)}`]; })],
  ['finding without values', mutate((d) => { delete d.findings[0].values; })],
  ['finding value as an object', mutate((d) => { d.findings[0].values.x = { y: 1 }; })],
  ['finding side unknown', mutate((d) => { d.findings[0].side = 'middle'; })],
  ['confidence unknown', mutate((d) => { d.findings[0].confidence = 'guessed'; })],
  ['scores as an array', mutate((d) => { d.scores = []; })],
  ['notAssessed with a number', mutate((d) => { d.notAssessed = [1]; })],
  ['answers as an array', mutate((d) => { d.answers = []; })],
  ['answers object', mutate((d) => { d.answers = { schemaVersion: 1 }; })],
  ['leadSchemaVersion 2', mutate((d) => { d.leadSchemaVersion = 2; })],
  ['idempotencyKey upper case', mutate((d) => { d.idempotencyKey = d.idempotencyKey.toUpperCase(); })],
  ['idempotencyKey version 1', mutate((d) => { d.idempotencyKey = '1b4e28ba-2fa1-11d3-883f-0016d3cca427'; })],
  ['not an object', []],
  // Stricter than the schema on purpose (the schema leaves these as free strings):
  ['pageUrl with a query', mutate((d) => { d.pageUrl = 'https://c.example/?utm=1'; })],
  ['pageUrl javascript:', mutate((d) => { d.pageUrl = 'javascript:alert(1)'; })],
  ['e-mail with ?cc=', mutate((d) => { d.contact.email = 'a@b.test?cc=x@y.test'; })],
  ['phone with letters', mutate((d) => { d.contact.phone = '555-CALL-NOW'; })],
  ['name with a control character', mutate((d) => { d.contact.name = 'Ana\u0000'; })],
  ['createdAt not a date', mutate((d) => { d.createdAt = 'yesterday'; })],
  ['coreVersion with spaces', mutate((d) => { d.coreVersion = '1 2'; })],
);
const STRICTER = new Set(['pageUrl with a query', 'pageUrl javascript:', 'e-mail with ?cc=', 'phone with letters',
  'name with a control character', 'createdAt not a date', 'coreVersion with spaces']);

test('on every document ajv refuses, the inbox refuses too; it is stricter only on the listed free-text shapes', () => {
  const stricter = [];
  for (const [name, doc] of cases) {
    const a = ajv(doc);
    const b = inbox(doc);
    if (!a) assert.equal(b, false, `ajv refuses "${name}" but the inbox accepts it`);
    if (a && !b) stricter.push(name);
  }
  assert.deepEqual(stricter.sort(), [...STRICTER].sort());
  assert.ok(cases.filter(([, d]) => !ajv(d)).length > 40, 'enough refused documents to mean something');
});

test('every lead the widget builds from the core\'s real results is accepted by both', async () => {
  const payload = await load('payload.ts');
  const dir = join(root, 'docs', 'examples');
  const results = readdirSync(dir).filter((f) => f.endsWith('.expected.json'))
    .map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8'))])
    .filter(([, r]) => r.outcome === 'triaged' && r.triage.level !== 'emergency');
  assert.ok(results.length >= 5);
  for (const [file, result] of results) {
    for (const includeAnswers of [false, true]) {
      const ctx = { config: { clinicName: 'Demo PT', analytics: false, includeAnswers }, locale: 'es', t: translator(), result,
        answers: JSON.parse(readFileSync(join(dir, file.replace('.expected.json', '.json')), 'utf8')), pageUrl: 'https://clinic.example/blog' };
      const contact = { name: 'Ana', email: 'ana@mail.test', phone: '+34 612 345 678', preferredTime: 'evening', note: 'Hola\nadiós' };
      const lead = payload.buildLead(ctx, contact, { shareWithClinic: true, marketing: true }, payload.uuid());
      assert.equal(ajv(lead), true, `${file}: ${JSON.stringify(ajv.errors)}`);
      assert.equal(inbox(lead), true, `${file}: ${spawnSync(BIN, ['check-lead'], { input: JSON.stringify(lead), encoding: 'utf8' }).stdout}`);
    }
  }
});
