// evaluate() of the native core: runs bench/evaluate_bench.cpp (Google
// Benchmark) and returns microseconds per call of every repetition.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { root } from './payload.mjs';

export const nativeBench = join(root, 'build', 'bench', 'bench', 'backcheck_bench');

export function nativeTimes(inputs, { repetitions = 10, minTimeSeconds = 0.2 } = {}) {
  const out = join(root, 'build', 'bench', 'native.json');
  execFileSync(nativeBench, [
    `--benchmark_repetitions=${repetitions}`,
    `--benchmark_min_time=${minTimeSeconds}`,
    '--benchmark_report_aggregates_only=false',
    `--benchmark_out=${out}`,
    '--benchmark_out_format=json',
    '--benchmark_format=console',
    ...inputs.map((i) => i.file),
  ], { stdio: ['ignore', 'ignore', 'pipe'] }); // stderr is only Google Benchmark's banner, shown if it fails
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const perInput = {};
  for (const b of report.benchmarks) {
    if (b.run_type !== 'iteration') continue;
    // Wall time per call, as performance.now() measures on the WASM side.
    const micros = b.time_unit === 'us' ? b.real_time : b.real_time / 1000;
    (perInput[b.run_name] ??= { batch: b.iterations, microsPerCall: [] }).microsPerCall.push(micros);
  }
  return { perInput, context: report.context };
}
