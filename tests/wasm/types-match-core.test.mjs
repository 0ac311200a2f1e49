// web/types.ts is the one description of the core's JSON. This test writes the
// core's real output as TypeScript literals typed with it and compiles them
// with tsc: the result of every docs/examples input and fuzz seed, validate()'s
// answer to each, the inputs the core accepts (as Answers) and protocol(); and
// the lead web/leads/payload.ts builds from each result (as its Lead). A field
// the core adds (an excess property), drops (a missing required one), renames
// or fills with another value (a string outside a union) is a compile error,
// reported with the case it came from.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import ts from 'typescript';

import { load, translator } from '../web/load.mjs';
import { loadCore, root } from './load-core.mjs';

const TYPES = join(root, 'web', 'types.js'); // resolves to web/types.ts
const LEAD = join(root, 'web', 'leads', 'payload.js');
const dir = mkdtempSync(join(tmpdir(), 'backcheck-types-match-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Every answers file: docs/examples (not the expected results) and the fuzzer's seeds. */
function inputs() {
  const examples = join(root, 'docs', 'examples');
  const seeds = join(root, 'tests', 'fuzz', 'seeds');
  return [
    ...readdirSync(examples).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json')).map((f) => join(examples, f)),
    ...readdirSync(seeds).filter((f) => f.endsWith('.json')).map((f) => join(seeds, f)),
  ].map((file) => ({ name: file.slice(root.length + 1), text: readFileSync(file, 'utf8') }));
}

/** One typed constant per line: `line` maps a compile error back to its case. */
function typedSource(cases) {
  const lines = [
    `import type { Answers, Protocol, Result, Validation } from ${JSON.stringify(TYPES)};`,
    `import type { Lead } from ${JSON.stringify(LEAD)};`,
  ];
  const names = lines.map(() => ''); // the import lines
  cases.forEach(({ name, type, value }, i) => {
    lines.push(`export const c${i}: ${type} = ${JSON.stringify(value)};`);
    names.push(`${name} (${type})`);
  });
  return { source: lines.join('\n'), names };
}

/** tsc's errors, each prefixed with the case whose line it is on. */
function compile(cases, file = 'cases') {
  const { source, names } = typedSource(cases);
  const path = join(dir, `${file}.ts`);
  writeFileSync(path, source);
  const program = ts.createProgram([path], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : -1;
    // An error in a types file itself (not in one of the cases) is reported with its place.
    const where = d.file?.fileName === path ? names[line] : `${d.file?.fileName ?? '?'}:${line + 1}`;
    return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

let core;
let cases;
before(async () => {
  core = await loadCore();
  cases = [{ name: 'protocol()', type: 'Protocol', value: JSON.parse(core.protocol()) }];
  for (const { name, text } of inputs()) {
    cases.push({ name, type: 'Result', value: JSON.parse(core.evaluate(text)) });
    const validation = JSON.parse(core.validate(text));
    cases.push({ name, type: 'Validation', value: validation });
    // What the core accepts is what a TypeScript caller may write (the BOM is the reader's business).
    if (validation.valid) cases.push({ name, type: 'Answers', value: JSON.parse(text.replace(/^\uFEFF/, '')) });
  }
  // A lead from every result a contact form is shown for, with the raw answers included.
  const payload = await load('payload.ts');
  for (const { name, value: result } of cases.filter((c) => c.type === 'Result')) {
    if (result.outcome !== 'triaged' || result.triage.level === 'emergency') continue;
    const ctx = { config: { clinicName: 'Demo PT', analytics: false, includeAnswers: true }, locale: 'en', t: translator(), result, answers: {}, pageUrl: 'https://clinic.example/blog' };
    const contact = { name: 'Ana', email: 'ana@example.com', phone: '', preferredTime: 'evening', note: '' };
    cases.push({ name, type: 'Lead', value: payload.buildLead(ctx, contact, { shareWithClinic: true, marketing: false }, payload.uuid()) });
  }
});

test('the cases cover every outcome, a both-sides finding, partial scores and the protocol', () => {
  const results = cases.filter((c) => c.type === 'Result').map((c) => c.value);
  assert.deepEqual(new Set(results.map((r) => r.outcome)), new Set(['triaged', 'adults_only', 'invalid']));
  assert.deepEqual(new Set(results.map((r) => r.triage?.level).filter(Boolean)), new Set(['emergency', 'urgent', 'pt_evaluation', 'self_care']));
  assert.ok(results.some((r) => r.findings?.some((f) => f.side === 'both')), 'no finding with side "both"');
  assert.ok(results.some((r) => r.scores?.phq4 && !('total' in r.scores.phq4)), 'no PHQ-4 without its total');
  assert.ok(cases.filter((c) => c.type === 'Answers').length >= 20);
  assert.ok(cases.filter((c) => c.type === 'Lead').length >= 10);
});

test('the core\'s real output type-checks against web/types.ts', () => {
  assert.deepEqual(compile(cases), []);
});

// The check itself: a real output changed the way a core change would change it must not compile.
test('a result, protocol or lead that differs from its type does not compile', () => {
  const triaged = cases.find((c) => c.type === 'Result' && c.value.findings?.length).value;
  const protocol = cases[0].value;
  const clone = (value) => JSON.parse(JSON.stringify(value));
  const changed = {
    'a field the types do not know': (r) => (r.findings[0].strength = 'weak'),
    'a required field missing': (r) => delete r.triage,
    'a finding code the types do not know': (r) => (r.findings[0].code = 'hip_tight'),
    'a side the types do not know': (r) => (r.findings[0].side = 'middle'),
    'a field of another outcome': (r) => (r.outcome = 'adults_only'),
  };
  const broken = Object.entries(changed).map(([name, change]) => {
    const value = clone(triaged);
    change(value);
    return { name, type: 'Result', value };
  });
  const question = clone(protocol);
  question.steps[0].questions[0].type = 'slider';
  broken.push({ name: 'a question type the types do not know', type: 'Protocol', value: question });
  const lead = clone(cases.find((c) => c.type === 'Lead').value);
  lead.triage.level = 3;
  broken.push({ name: 'a lead field of another type', type: 'Lead', value: lead });
  const errors = compile(broken, 'broken');
  for (const { name, type } of broken) assert.ok(errors.some((e) => e.startsWith(`${name} (${type})`)), `compiles: ${name}\n${errors.join('\n')}`);
});
