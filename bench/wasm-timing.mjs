// The timing loop for evaluate() in WebAssembly, shared by node and Chromium:
// it is passed to the page as source text, so it must stay self-contained (no
// imports, no closures). Mirrors Google Benchmark's method on the native side:
// grow a batch until it takes >= minBatchMs, then time `repetitions` batches
// and report microseconds per call for each.
export function timeEvaluate(core, inputs, { repetitions = 10, minBatchMs = 50 } = {}) {
  const now = () => performance.now();
  const perInput = {};
  for (const { name, text } of inputs) {
    let sink = 0;
    let n = 1;
    for (;;) {
      const t0 = now();
      for (let i = 0; i < n; i++) sink += core.evaluate(text).length;
      if (now() - t0 >= minBatchMs) break;
      n *= 2;
    }
    const microsPerCall = [];
    for (let r = 0; r < repetitions; r++) {
      const t0 = now();
      for (let i = 0; i < n; i++) sink += core.evaluate(text).length;
      microsPerCall.push(((now() - t0) * 1000) / n);
    }
    if (sink === 0) throw new Error(`evaluate returned nothing for ${name}`);
    perInput[name] = { batch: n, microsPerCall };
  }
  return perInput;
}
