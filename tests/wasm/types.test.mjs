// build/web/core.d.ts (emitted by web/build-core.mjs from web/core.ts) gives a
// TypeScript user the API: a correct call type-checks, a wrong one does not.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import ts from 'typescript';

import { webDir } from './load-core.mjs';

const dir = mkdtempSync(join(tmpdir(), 'backcheck-types-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const SOURCES = {
  good: `
    import { CoreFailure, coreVersion, evaluate, protocol, validate, type Result, type TriageLevel } from CORE;
    export async function run(): Promise<TriageLevel | undefined> {
      const result: Result = await evaluate({ schemaVersion: 1, about: { ageYears: 44, trend: 'same' } });
      const checked = await validate('{"schemaVersion":1}');
      const steps = (await protocol()).steps.map((step) => step.id);
      const version: string = await coreVersion();
      try { await evaluate('{}'); } catch (error) { if (error instanceof CoreFailure) return undefined; }
      return checked.valid && steps.length > 0 && version ? result.triage?.level : undefined;
    }`,
  bad: `
    import { evaluate } from CORE;
    export async function run(): Promise<string | undefined> {
      await evaluate({ schemaVersion: 1, about: { trend: 'sideways' } });
      return (await evaluate({ schemaVersion: 1 })).triage?.levl;
    }`,
};

// One program for both files (type-checking is the slow part): errors by file.
const errors = (() => {
  const files = Object.fromEntries(Object.entries(SOURCES).map(([name, source]) => {
    const file = join(dir, `${name}.ts`);
    writeFileSync(file, source.replaceAll('CORE', JSON.stringify(join(webDir, 'core.js'))));
    return [name, file];
  }));
  const program = ts.createProgram(Object.values(files), {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  });
  const byFile = Object.fromEntries(Object.keys(files).map((name) => [name, []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const name = Object.keys(files).find((key) => files[key] === diagnostic.file?.fileName) ?? 'good';
    byFile[name].push(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  }
  return byFile;
})();

test('a typical use of the API type-checks against the emitted declarations', () => {
  assert.deepEqual(errors.good, []);
});

test('wrong answers and a wrong result field do not type-check', () => {
  assert.equal(errors.bad.length, 2, errors.bad.join('\n'));
  assert.match(errors.bad[0], /"sideways"/);
  assert.match(errors.bad[1], /levl/);
});
