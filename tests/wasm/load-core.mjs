// Loads the built WebAssembly core in node, the way web/core.ts does in a
// browser, except that the .wasm bytes are passed in (node's fetch cannot read
// a file path).
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const webDir = join(root, 'build', 'web');

export async function loadCore() {
  const { default: factory } = await import(pathToFileURL(join(webDir, 'backcheck-core.js')).href);
  const wasmBinary = await readFile(join(webDir, 'backcheck-core.wasm'));
  return factory({ wasmBinary, print: () => {}, printErr: () => {} });
}
