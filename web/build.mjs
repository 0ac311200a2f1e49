// Builds the widget bundle into build/web/: back-check.js (the element) next
// to the Emscripten glue and .wasm it loads lazily.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build', 'web');
const wasmDir = join(root, 'build', 'wasm', 'wasm');

mkdirSync(out, { recursive: true });
for (const file of ['backcheck-core.js', 'backcheck-core.wasm']) {
  copyFileSync(join(wasmDir, file), join(out, file));
}

await build({
  entryPoints: { 'back-check': join(root, 'web', 'back-check-define.ts') },
  outdir: out,
  bundle: true,
  format: 'esm',
  target: 'es2020',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
});
console.log(`web bundle written to ${out}`);
