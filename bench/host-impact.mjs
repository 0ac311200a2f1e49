// Host-page impact: Lighthouse on the demo article with and without the
// widget, side by side (BRIEF §4: the host page's scores unchanged, zero
// layout shift). The runner is the site's (bench/lighthouse.mjs, default
// mobile profile: simulated slow 4G, 4x CPU); this file pairs its runs,
// alternating the two variants, and reports medians, min–max and the deltas.
import { lighthouseArticle } from './lighthouse.mjs';
import { fmtRange, summarize } from './stats.mjs';

export async function hostImpact({ quick = false } = {}) {
  const pairs = quick ? 2 : 3;
  const runs = { with: [], without: [] };
  let version = '';
  for (let i = 0; i < pairs; i++) {
    for (const widget of [false, true]) {
      const result = await lighthouseArticle({ runs: 1, widget });
      version = result.lighthouseVersion;
      const run = result.runs[0];
      runs[widget ? 'with' : 'without'].push({
        performance: run.scores.performance,
        cls: run.metrics['cumulative-layout-shift'],
        tbt: run.metrics['total-blocking-time'],
        lcp: run.metrics['largest-contentful-paint'],
        fcp: run.metrics['first-contentful-paint'],
      });
    }
  }
  return { version, pairs, runs };
}

const ROWS = [
  ['performance', 'Performance score (0–100)', 0],
  ['cls', 'Cumulative layout shift', 3],
  ['tbt', 'Total blocking time (ms)', 0],
  ['lcp', 'Largest contentful paint (ms)', 0],
  ['fcp', 'First contentful paint (ms)', 0],
];

export function hostImpactTable(impact) {
  const title = `### Host page impact (Lighthouse ${impact.version}, demo article, mobile profile, ${impact.pairs} runs each)`;
  const lines = ROWS.map(([key, label, decimals]) => {
    const without = impact.runs.without.map((r) => r[key]);
    const withW = impact.runs.with.map((r) => r[key]);
    const delta = withW.map((v, i) => v - without[i]);
    return `| ${label} | ${fmtRange(summarize(without), decimals)} | ${fmtRange(summarize(withW), decimals)} | ${fmtRange(summarize(delta), decimals)} |`;
  });
  return [
    title,
    '',
    '| Measure | without the widget | with the widget | with − without (per pair) |',
    '|---|---:|---:|---:|',
    ...lines,
    '',
    'Runs alternate without/with; "without" is the same article with the widget\'s script and element removed ' +
      '(bench/lighthouse.mjs). Promise: scores unchanged and zero layout shift.',
  ].join('\n');
}
