// The core's part of the web build (used by web/build.mjs):
// - build/web/: the module (glue + .wasm), core.js (web/core.ts alone, for JS
//   users of the API) and its declarations core.d.ts + types.d.ts;
// - build/web/test-eval/: test only, core.js next to the module variant built
//   WITHOUT -sDYNAMIC_EXECUTION=0, which the strict CSP must refuse
//   (tests/e2e/csp-eval.spec.mjs). Not part of the product.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

import { squeeze } from './build-minify.mjs';

const MODULE_FILES = ['backcheck-core.js', 'backcheck-core.wasm'];

function copyModule(from, to) {
  mkdirSync(to, { recursive: true });
  for (const file of MODULE_FILES) copyFileSync(join(from, file), join(to, file));
}

function emitDeclarations(entry, outDir) {
  const program = ts.createProgram([entry], {
    declaration: true,
    emitDeclarationOnly: true,
    outDir,
    strict: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  });
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...program.emit().diagnostics];
  if (diagnostics.length > 0) {
    const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => process.cwd(), getNewLine: () => '\n' };
    throw new Error(ts.formatDiagnostics(diagnostics, host));
  }
}

export async function buildCore(root, out) {
  const wasmDir = join(root, 'build', 'wasm', 'wasm');
  copyModule(wasmDir, out);
  await squeeze(join(out, MODULE_FILES[0])); // the glue every visitor downloads (the test variant below stays as built)
  await build({
    entryPoints: { core: join(root, 'web', 'core.ts') },
    outdir: out,
    bundle: true,
    format: 'esm',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  emitDeclarations(join(root, 'web', 'core.ts'), out);

  const evalDir = join(wasmDir, 'eval-test');
  if (existsSync(join(evalDir, MODULE_FILES[0]))) {
    const testOut = join(out, 'test-eval');
    copyModule(evalDir, testOut);
    copyFileSync(join(out, 'core.js'), join(testOut, 'core.js'));
  }
}
