// Builds the widget bundle into build/web/: back-check.js (the element) next
// to the Emscripten glue and .wasm it loads lazily.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildCore } from './build-core.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build', 'web');

mkdirSync(out, { recursive: true });
await buildCore(root, out); // module, core.js + core.d.ts, test-only eval variant

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
