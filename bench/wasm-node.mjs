// evaluate() of the WebAssembly core in node (the module from build/web).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { webDir } from './payload.mjs';
import { timeEvaluate } from './wasm-timing.mjs';

export async function loadWasmCore(dir = webDir) {
  const { default: factory } = await import(pathToFileURL(join(dir, 'backcheck-core.js')).href);
  const wasmBinary = await readFile(join(dir, 'backcheck-core.wasm'));
  return factory({ wasmBinary, print: () => {}, printErr: () => {} });
}

export async function wasmInNode(inputs, options) {
  const core = await loadWasmCore();
  return timeEvaluate(core, inputs, options);
}
