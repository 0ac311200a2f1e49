// Loads the built WebAssembly core in node, the way web/core.ts does in a
// browser, except that the .wasm bytes are passed in (node's fetch cannot read
// a file path). Every load is a fresh instance with its own heap.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const webDir = join(root, 'build', 'web');
/** The test-only variant built without -sDYNAMIC_EXECUTION=0 (uses eval). */
export const evalVariantDir = join(webDir, 'test-eval');
/** The test-only build with emmalloc's heap counters (heapSize, heapFree): wasm/heap_counters.cpp. */
export const heapTestDir = join(root, 'build', 'wasm', 'wasm', 'heap-test');
export const cli = join(root, 'build', 'native', 'src', 'backcheck');

export async function loadCore(dir = webDir) {
  const { default: factory } = await import(pathToFileURL(join(dir, 'backcheck-core.js')).href);
  const wasmBinary = await readFile(join(dir, 'backcheck-core.wasm'));
  const printed = [];
  const core = await factory({
    wasmBinary,
    print: (text) => printed.push(text),
    printErr: (text) => printed.push(text),
  });
  core.printed = printed; // what Emscripten would have printed to the console
  return core;
}

/** Runs the native CLI; its stdout without the final newline, and its exit code. */
export function runNative(args, input) {
  try {
    const stdout = execFileSync(cli, args, { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { stdout: stdout.replace(/\n$/, ''), status: 0 };
  } catch (error) {
    if (typeof error.status !== 'number') throw error;
    return { stdout: String(error.stdout).replace(/\n$/, ''), status: error.status };
  }
}
