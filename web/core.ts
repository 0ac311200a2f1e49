// The only place that knows a WebAssembly module exists. The module is created
// once, lazily, on first use. Every failure (no WebAssembly, a blocked or
// missing .wasm, an abort inside the module, answers that cannot be encoded)
// becomes a rejected promise with a CoreFailure and a stable code; bad answers
// resolve to the core's own result with `outcome: "invalid"` and `errors[]`.
// Nothing is thrown into the host page and Emscripten prints nothing.
import type { Answers, Protocol, Result, Validation } from './types.js';

export type * from './types.js';

/** Why the core could not answer (the promise rejects with this). */
export type CoreFailureCode =
  | 'no_webassembly' // the browser has no WebAssembly
  | 'load_failed' // the glue or the .wasm could not be fetched or instantiated
  | 'aborted' // the module aborted (e.g. out of memory); the next call loads a fresh one
  | 'not_serializable'; // the answers could not be turned into JSON (cycle, BigInt, function)

export class CoreFailure extends Error {
  constructor(
    readonly code: CoreFailureCode,
    message: string,
  ) {
    super(message);
    this.name = 'CoreFailure';
  }
}

/** What wasm/bindings.cpp registers: JSON text in, JSON text out. */
interface CoreModule {
  evaluate(answers: string): string;
  validate(answers: string): string;
  protocol(): string;
  coreVersion(): string;
}

type CoreFactory = (options: Record<string, unknown>) => Promise<CoreModule>;

let modulePromise: Promise<CoreModule> | undefined;

/** URL of the Emscripten glue: next to this script (the .wasm sits beside it). */
function glueUrl(): string {
  return new URL('./backcheck-core.js', import.meta.url).href;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function loadCore(): Promise<CoreModule> {
  modulePromise ??= createCore().catch((error: unknown) => {
    modulePromise = undefined; // a later call may retry (e.g. after a network blip)
    throw error;
  });
  return modulePromise;
}

/** Whether this browser can run the core at all (without it nothing is worth fetching). */
export function coreCanRun(): boolean {
  return typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function';
}

async function createCore(): Promise<CoreModule> {
  if (!coreCanRun()) {
    throw new CoreFailure('no_webassembly', 'This browser cannot run WebAssembly.');
  }
  // The .wasm is fetched alongside the glue, not after the glue has run.
  const wasm = fetchWasm();
  wasm.catch(() => {}); // handled below; a failure before the glue arrives is not "unhandled"
  try {
    const glue = (await import(/* @vite-ignore */ glueUrl())) as { default: CoreFactory };
    return await new Promise<CoreModule>((resolve, reject) => {
      glue
        .default({
          // Keep Emscripten's own messages out of the host page's console.
          print: () => {},
          printErr: () => {},
          // Emscripten waits for `done`; a failure here would leave its promise pending, so it rejects ours.
          instantiateWasm(imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance) => void) {
            wasm.then((response) => instantiate(response, imports)).then(done, reject);
            return {}; // exports arrive through `done`
          },
        })
        .then(resolve, reject);
    });
  } catch (error) {
    throw new CoreFailure('load_failed', `The screening core could not be loaded: ${describe(error)}`);
  }
}

async function fetchWasm(): Promise<Response> {
  const response = await fetch(new URL('./backcheck-core.wasm', import.meta.url), { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`backcheck-core.wasm: HTTP ${response.status}`);
  return response;
}

/** Compiles while the bytes arrive; a server with the wrong MIME type gets the buffered path. */
function instantiate(response: Response, imports: WebAssembly.Imports): Promise<WebAssembly.Instance> {
  const buffered = (): Promise<WebAssembly.Instance> =>
    response.arrayBuffer().then((bytes) => WebAssembly.instantiate(bytes, imports)).then((result) => result.instance);
  if (typeof WebAssembly.instantiateStreaming !== 'function') return buffered();
  // A refused response (MIME type) is left unread, so the buffered path can still read it.
  const streamed = WebAssembly.instantiateStreaming(response.clone(), imports).then((result) => result.instance);
  return streamed.catch((error: unknown) => (error instanceof TypeError ? buffered() : Promise.reject(error)));
}

/** Runs one core function; a throw from the module means it aborted and is discarded. */
async function call(run: (core: CoreModule) => string): Promise<string> {
  const core = await loadCore();
  try {
    return run(core);
  } catch (error) {
    modulePromise = undefined;
    throw new CoreFailure('aborted', `The screening core stopped: ${describe(error)}`);
  }
}

/** JSON text for the core: a string is taken as JSON text already, anything else is encoded. */
function answersText(answers: Answers | string): string {
  if (typeof answers === 'string') return answers;
  let text: string | undefined;
  try {
    text = JSON.stringify(answers);
  } catch (error) {
    throw new CoreFailure('not_serializable', `The answers cannot be sent as JSON: ${describe(error)}`);
  }
  if (text === undefined) {
    throw new CoreFailure('not_serializable', 'The answers must be an object or JSON text.');
  }
  return text;
}

export function coreVersion(): Promise<string> {
  return call((core) => core.coreVersion());
}

/** Evaluates the answers (docs/contract.md §1) into a result (§2). */
export async function evaluate(answers: Answers | string): Promise<Result> {
  const text = answersText(answers);
  return JSON.parse(await call((core) => core.evaluate(text))) as Result;
}

/** Checks the answers without evaluating them. */
export async function validate(answers: Answers | string): Promise<Validation> {
  const text = answersText(answers);
  return JSON.parse(await call((core) => core.validate(text))) as Validation;
}

/** The steps, questions and options the widget renders (§3). */
export async function protocol(): Promise<Protocol> {
  return JSON.parse(await call((core) => core.protocol())) as Protocol;
}
