import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { validateLead } from '../receiver/validate.mjs';
import { load, root, translator } from './load.mjs';

const payload = await load('payload.ts');
// A real core result (docs/examples), the full journey of docs/contract.md.
const result = JSON.parse(readFileSync(join(root, 'docs', 'examples', 'contract-full-journey.expected.json'), 'utf8'));
const answers = { schemaVersion: 1, about: { ageYears: 44 }, phq4: { nervous: 1, worry: 2, interest: 0, down: 1 } };
const KEY = '1b4e28ba-2fa1-4d3b-883f-0016d3cca427';
const NOW = new Date('2026-11-25T17:00:00Z');
const t = translator({
  'lead.summary.title': 'Back check for {clinic}',
  'lead.summary.triage': 'Triage',
  'lead.summary.findings': 'Findings',
  'lead.summary.scores': 'Scores',
  'lead.summary.note': 'Note',
  'lead.time': 'Best time to contact',
  'lead.time.morning': 'Morning',
});
const ctx = (config = {}) => ({
  config: { clinicName: 'Demo PT', analytics: false, includeAnswers: false, ...config },
  locale: 'en',
  t,
  result,
  answers,
  pageUrl: 'https://clinic.example/blog/back-pain?email=someone%40mail.test#top',
});
const contact = { name: '  Ana Ruiz ', email: 'ana@mail.test', phone: '', preferredTime: 'morning', note: 'Mornings only' };
const consents = { shareWithClinic: true, marketing: false };

test('the lead carries contact, consents, triage, findings with values, scores, locale, time, version and key', () => {
  const lead = payload.buildLead(ctx(), contact, consents, KEY, NOW);
  assert.equal(lead.leadSchemaVersion, 1);
  assert.equal(lead.idempotencyKey, KEY);
  assert.equal(lead.createdAt, '2026-11-25T17:00:00.000Z');
  assert.equal(lead.locale, 'en');
  assert.equal(lead.coreVersion, result.coreVersion);
  assert.deepEqual(lead.contact, { name: 'Ana Ruiz', email: 'ana@mail.test', note: 'Mornings only', preferredTime: 'morning' });
  assert.equal(lead.consents.shareWithClinic, true);
  assert.equal(lead.consents.marketing, false);
  assert.equal(lead.consents.wording.shareWithClinic, 'lead.consent.share', 'the consent text shown is recorded');
  assert.deepEqual(lead.triage, { level: 'pt_evaluation', reasons: result.triage.reasons });
  assert.deepEqual(lead.findings[0], { code: 'hip_ir_limited_unilateral', side: 'left', confidence: 'measured', values: { internalDegrees: 22, externalDegrees: 41 } });
  assert.deepEqual(lead.scores, result.scores);
  assert.deepEqual(lead.notAssessed, result.notAssessed);
  assert.deepEqual(validateLead(lead), [], 'the reference receiver accepts it');
});

test('minimum necessary: no raw answers, no explanations, no query string unless the clinic asks', () => {
  const lead = payload.buildLead(ctx(), contact, consents, KEY, NOW);
  assert.equal('answers' in lead, false);
  assert.equal(lead.pageUrl, 'https://clinic.example/blog/back-pain');
  assert.equal(JSON.stringify(lead).includes('explanations'), false);
  assert.equal(JSON.stringify(lead).includes('threshold'), false);
  const withAnswers = payload.buildLead(ctx({ includeAnswers: true }), contact, consents, KEY, NOW);
  assert.deepEqual(withAnswers.answers, answers);
});

test('over-long fields are cut to the documented limits', () => {
  const lead = payload.buildLead(ctx(), { ...contact, name: 'x'.repeat(500), note: 'y'.repeat(5000) }, consents, KEY, NOW);
  assert.equal(lead.contact.name.length, 100);
  assert.equal(lead.contact.note.length, 1000);
});

test('the summary a PT reads names the clinic, contact, triage, findings, scores and the note', () => {
  const lead = payload.buildLead(ctx(), contact, consents, KEY, NOW);
  const lines = lead.summary.split('\n');
  assert.equal(lines[0], 'Back check for Demo PT');
  assert.equal(lines[1], 'Ana Ruiz · ana@mail.test');
  assert.equal(lines[2], 'Best time to contact: Morning');
  // 0–10° of extension (a picture) informs the plan only: not a reason for the level (docs/clinical.md F-EXT).
  assert.match(lead.summary, /^Triage: pt_evaluation \(no_improvement_4_weeks, hip_ir_limited_unilateral, distress_positive, high_pain_impact\)$/m);
  assert.match(lead.summary, /^- hip_extension_limited left below_typical \(estimated\): degrees 5$/m);
  assert.match(lead.summary, /^- hip_ir_limited_unilateral left \(measured\): internalDegrees 22, externalDegrees 41$/m);
  assert.match(lead.summary, /^Scores: PEG 5 \(moderate\); PHQ-4 4 \(mild\); PHQ-2 1; GAD-2 3 \(lead\.summary\.positive\)$/m);
  assert.match(lead.summary, /^Note: Mornings only$/m);
  assert.equal(lines.at(-1), `core ${result.coreVersion} · 2026-11-25T17:00:00.000Z · ${KEY}`);
});

test('contact validation: an e-mail or a phone, each well-formed, and consent (1)', () => {
  const ok = { name: '', email: 'a@b.co', phone: '', preferredTime: 'any', note: '' };
  assert.deepEqual(payload.validate(ok, true), {});
  assert.deepEqual(payload.validate({ ...ok, email: '' }, true), { email: 'lead.error.contactMissing' });
  assert.deepEqual(payload.validate({ ...ok, email: '', phone: '+1 (555) 010-9999' }, true), {});
  assert.deepEqual(payload.validate({ ...ok, email: 'ana@', phone: '12' }, false), {
    email: 'lead.error.email',
    phone: 'lead.error.phone',
    consent: 'lead.error.consent',
  });
  // The e-mail and phone rules themselves: tests/web/rules.test.mjs.
  assert.deepEqual(payload.validate({ ...ok, email: "o'brien+pt@clínica.es", phone: '+34 612 345 678' }, true), {});
  assert.deepEqual(payload.validate({ ...ok, email: 'ana@mail.test?cc=x', phone: '555+0100' }, true), { email: 'lead.error.email', phone: 'lead.error.phone' });
});

test('idempotency keys are version-4 UUIDs, also without crypto.randomUUID', () => {
  const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  assert.match(payload.uuid(), V4);
  const fallback = { getRandomValues: (a) => globalThis.crypto.getRandomValues(a) };
  const keys = new Set(Array.from({ length: 1000 }, () => payload.uuid(fallback)));
  assert.equal(keys.size, 1000);
  for (const k of keys) assert.match(k, V4);
  assert.equal(payload.uuid({ getRandomValues: (a) => a.fill(255) }), 'ffffffff-ffff-4fff-bfff-ffffffffffff');
});

test('docs/lead.schema.json requires exactly the fields a built lead has', () => {
  const schema = JSON.parse(readFileSync(join(root, 'docs', 'lead.schema.json'), 'utf8'));
  const lead = payload.buildLead(ctx({ includeAnswers: true }), contact, consents, KEY, NOW);
  assert.deepEqual(Object.keys(lead).filter((k) => k !== 'answers').sort(), [...schema.required].sort());
  for (const k of Object.keys(lead)) assert.ok(k in schema.properties, `${k} documented`);
  for (const k of Object.keys(lead.contact)) assert.ok(k in schema.properties.contact.properties, `contact.${k} documented`);
  assert.equal(schema.additionalProperties, false);
});

test('every real result in docs/examples that can have a form gives a lead the receiver accepts', () => {
  const dir = join(root, 'docs', 'examples');
  const results = readdirSync(dir).filter((f) => f.endsWith('.expected.json'));
  let checked = 0;
  for (const file of results) {
    const real = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    if (real.outcome !== 'triaged' || real.triage.level === 'emergency') continue; // no form there
    const lead = payload.buildLead({ ...ctx(), result: real }, contact, consents, KEY, NOW);
    assert.deepEqual(validateLead(lead), [], file);
    assert.equal(lead.findings.length, real.findings.length, file);
    for (const f of lead.findings) assert.ok(lead.summary.includes(`- ${f.code}`), `${file}: ${f.code} in the summary`);
    checked++;
  }
  assert.ok(checked >= 8, `only ${checked} real results checked`);
});

test('rotation and extension details reach the PT: motion, grade and how it was measured', () => {
  const real = JSON.parse(readFileSync(join(root, 'docs', 'examples', 'pt-er-limited-asymmetry-picture.expected.json'), 'utf8'));
  const lead = payload.buildLead({ ...ctx(), result: real }, contact, consents, KEY, NOW);
  const asymmetry = lead.findings.find((f) => f.code === 'hip_rotation_asymmetry');
  assert.equal(asymmetry.motion, 'external');
  assert.match(lead.summary, /^- hip_rotation_asymmetry left external \(estimated\): leftDegrees 35, rightDegrees 65, bandsApart 2$/m);
});
