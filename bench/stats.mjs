// Small statistics for the benchmark tables: every number is reported as a
// median with its min–max over repeated runs, never as a single sample.
export function summarize(samples) {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}

/** "12.3 (11.9–13.0)" with the given number of decimals ("−2 (−3 to 0)" below zero). */
export function fmtRange(summary, decimals = 1) {
  const f = (x) => x.toFixed(decimals).replace(/^-/, '−');
  const sep = summary.min < 0 ? ' to ' : '–';
  return `${f(summary.median)} (${f(summary.min)}${sep}${f(summary.max)})`;
}

export function geomean(values) {
  return Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);
}
