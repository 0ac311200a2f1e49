// The only place that knows a WebAssembly module exists. The module is created
// once, lazily, on first use; every failure (no WebAssembly, a blocked or
// missing .wasm, bad answers) becomes a rejected promise with a clear code,
// never an exception thrown into the host page.

export interface CoreError {
  code: string;
  path: string;
  message: string;
}

interface CoreModule {
  evaluate(answers: string): string;
  validate(answers: string): string;
  protocol(): string;
  coreVersion(): string;
}

type CoreFactory = (options?: Record<string, unknown>) => Promise<CoreModule>;

export class CoreLoadError extends Error {
  constructor(
    readonly code: 'no_webassembly' | 'load_failed',
    message: string,
  ) {
    super(message);
    this.name = 'CoreLoadError';
  }
}

let modulePromise: Promise<CoreModule> | undefined;

/** URL of the Emscripten glue, next to this script unless configured. */
export function coreUrl(): URL {
  return new URL('./backcheck-core.js', import.meta.url);
}

export function loadCore(): Promise<CoreModule> {
  if (!modulePromise) {
    modulePromise = createCore().catch((error: unknown) => {
      modulePromise = undefined; // a later call may retry (e.g. after a network blip)
      throw error;
    });
  }
  return modulePromise;
}

async function createCore(): Promise<CoreModule> {
  if (typeof WebAssembly !== 'object') {
    throw new CoreLoadError('no_webassembly', 'This browser cannot run WebAssembly.');
  }
  try {
    const glue = (await import(/* @vite-ignore */ coreUrl().href)) as { default: CoreFactory };
    return await glue.default({
      // Keep Emscripten's own messages out of the host page's console.
      print: () => {},
      printErr: () => {},
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CoreLoadError('load_failed', `The screening core could not be loaded: ${detail}`);
  }
}

export async function coreVersion(): Promise<string> {
  return (await loadCore()).coreVersion();
}

export async function evaluate(answers: unknown): Promise<Record<string, unknown>> {
  const core = await loadCore();
  return JSON.parse(core.evaluate(JSON.stringify(answers ?? {}))) as Record<string, unknown>;
}

export async function protocol(): Promise<Record<string, unknown>> {
  const core = await loadCore();
  return JSON.parse(core.protocol()) as Record<string, unknown>;
}
