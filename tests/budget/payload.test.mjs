// BRIEF §4: what a visitor downloads for the widget (JS + WASM + CSS + one
// locale) stays within 60 KB gzip. Runs on the built bundle in build/web/.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { randomBytes } from 'node:crypto';

import {
  BEFORE_START_BUDGET_GZIP_BYTES, BUDGET_GZIP_BYTES, beforeStartFiles, LOADER_ROW, measureBeforeStart, measurePayload, payloadTable, PRINTED_ROW,
  visitorFiles,
} from '../../bench/payload.mjs';

test('the built widget payload is within 60 KB gzip', () => {
  const payload = measurePayload();
  assert.ok(payload.withinBudget, `payload over budget:\n${payloadTable(payload)}`);
});

// Issue 18: until the widget comes near the viewport (or Start is pressed) a
// visitor downloads only its first screen; the host page pays for nothing more.
test('the bytes before the visitor presses Start are within 16 KB gzip: back-check.js, the printed first screen, its stylesheet and the loader', () => {
  const early = measureBeforeStart();
  assert.deepEqual(early.files.map((f) => f.file), ['back-check.js', 'back-check.css', LOADER_ROW, PRINTED_ROW], 'the first screen must not import the core, a catalog or the form statically');
  assert.ok(early.files.every((f) => f.gzip > 100), JSON.stringify(early.files));
  assert.ok(early.withinBudget, `bytes before Start ${early.total.gzip} > ${BEFORE_START_BUDGET_GZIP_BYTES} gzip:\n${payloadTable(measurePayload(), early)}`);
});

test('the payload counts the element, the WASM glue, the .wasm module and the snippet\'s loader', () => {
  const names = measurePayload().files.map((f) => f.file);
  for (const expected of ['back-check.js', 'backcheck-core.js', 'backcheck-core.wasm', LOADER_ROW]) {
    assert.ok(names.includes(expected), `${expected} missing from ${names.join(', ')}`);
  }
});

const fixture = mkdtempSync(join(tmpdir(), 'backcheck-payload-'));
after(() => rmSync(fixture, { recursive: true, force: true }));

test('counts what the element references and one locale, not test builds or source maps', () => {
  const dir = join(fixture, 'locales-case');
  mkdirSync(join(dir, 'locales'), { recursive: true });
  mkdirSync(join(dir, 'test-eval'), { recursive: true });
  writeFileSync(join(dir, 'back-check.js'), 'const u = new URL("./glue.js", import.meta.url);');
  writeFileSync(join(dir, 'glue.js'), 'var f = "glue.wasm";');
  writeFileSync(join(dir, 'glue.wasm'), 'wasm');
  writeFileSync(join(dir, 'back-check.js.map'), '{}');
  writeFileSync(join(dir, 'sri.json'), '{}');
  writeFileSync(join(dir, 'test-eval', 'glue.js'), 'eval("1")');
  writeFileSync(join(dir, 'locales', 'en.json'), '{"a":"b"}');
  writeFileSync(join(dir, 'locales', 'es.json'), '{"a":"bbbbbbbb"}');
  const files = measurePayload(dir).files.map((f) => f.file).sort();
  assert.deepEqual(files, ['back-check.js', 'glue.js', 'glue.wasm', join('locales', 'es.json')]);
  assert.equal(visitorFiles(dir).otherLocales.length, 1);
});

test('a catalog compiled into the script is not counted twice; a fetched one is', () => {
  const dir = join(fixture, 'bundled-case');
  mkdirSync(join(dir, 'locales'), { recursive: true });
  writeFileSync(join(dir, 'back-check.js'), 'const en={"a.title":"Back pain check","a.loading":"Loading the check","a.failed":"Could not load"};');
  writeFileSync(join(dir, 'locales', 'en.json'), '{"a.title":"Back pain check","a.loading":"Loading the check","a.failed":"Could not load"}');
  writeFileSync(join(dir, 'locales', 'es.json'), '{"a.title":"Autoevaluación","a.loading":"Cargando la prueba","a.failed":"No se pudo cargar"}');
  const payload = measurePayload(dir);
  assert.deepEqual(payload.files.map((f) => f.file), ['back-check.js', join('locales', 'es.json')]);
  assert.deepEqual(payload.bundledLocales, [join('locales', 'en.json')]);
});

test('bytes before Start follow static imports, not import(), fetch or new URL', () => {
  const dir = join(fixture, 'before-start-case');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'back-check.js'), 'import{a as b}from"./chunk.js";import"./side.js";const g=()=>import("./glue.js");fetch(new URL("./x.wasm",import.meta.url));');
  writeFileSync(join(dir, 'chunk.js'), 'export * from "./deep.js";');
  writeFileSync(join(dir, 'deep.js'), 'export const a = 1;');
  writeFileSync(join(dir, 'side.js'), '');
  writeFileSync(join(dir, 'glue.js'), '');
  writeFileSync(join(dir, 'x.wasm'), 'wasm');
  const names = beforeStartFiles(dir).map((f) => f.slice(dir.length + 1)).sort();
  assert.deepEqual(names, ['back-check.js', 'chunk.js', 'deep.js', 'side.js']);
  writeFileSync(join(dir, 'deep.js'), randomBytes(BEFORE_START_BUDGET_GZIP_BYTES + 100));
  assert.equal(measureBeforeStart(dir).withinBudget, false);
});

test('a bundle over 60 KB gzip fails the budget', () => {
  const dir = join(fixture, 'over-case');
  mkdirSync(dir, { recursive: true });
  // Random bytes do not compress: just over the budget after gzip.
  writeFileSync(join(dir, 'back-check.js'), 'import("./backcheck-core.wasm");');
  writeFileSync(join(dir, 'backcheck-core.wasm'), randomBytes(BUDGET_GZIP_BYTES + 1024));
  const payload = measurePayload(dir);
  assert.equal(payload.withinBudget, false);
  assert.ok(payload.total.gzip > BUDGET_GZIP_BYTES);
});
