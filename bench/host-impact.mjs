// Host-page impact: Lighthouse (bench/lighthouse.mjs, default mobile profile:
// simulated slow 4G, 4x CPU) on pages of bench/variants.mjs with and without
// the widget, side by side (BRIEF §4: the host page's FCP, LCP and TBT
// unchanged, zero layout shift). Pairs alternate without/with on each page;
// reported as medians with min–max and the per-pair deltas.
//
//   node bench/host-impact.mjs [--pairs 5] [--variants below,above,iframe] [--json]
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

import { lighthouseArticle } from './lighthouse.mjs';
import { fmtRange, summarize } from './stats.mjs';
import { VARIANTS } from './variants.mjs';

export async function hostImpact({ quick = false, pairs = quick ? 2 : 5, variants = ['below', 'above', 'iframe'] } = {}) {
  const pages = Object.fromEntries(variants.map((v) => [v, { with: [], without: [] }]));
  let version = '';
  const load = [loadavg()[0]];
  // Each round: every page without the widget once, each followed by the pages compared with it.
  const order = [...new Set(variants.map((v) => VARIANTS[v].without))].flatMap((w) => [w, ...variants.filter((v) => VARIANTS[v].without === w)]);
  for (let i = 0; i < pairs; i++) {
    const round = {};
    for (const variant of order) {
      const result = await lighthouseArticle({ runs: 1, variant });
      version = result.lighthouseVersion;
      const run = result.runs[0];
      round[variant] = {
        performance: run.scores.performance,
        cls: run.metrics['cumulative-layout-shift'],
        tbt: run.metrics['total-blocking-time'],
        lcp: run.metrics['largest-contentful-paint'],
        fcp: run.metrics['first-contentful-paint'],
        failing: run.failing,
      };
    }
    for (const name of variants) {
      pages[name].with.push(round[name]);
      pages[name].without.push(round[VARIANTS[name].without]);
    }
    load.push(loadavg()[0]);
  }
  // `runs` is the demo article's (below the fold), as before.
  return { version, pairs, pages, runs: pages[variants[0]], load };
}

const ROWS = [
  ['performance', 'Performance score (0–100)', 0],
  ['cls', 'Cumulative layout shift', 3],
  ['tbt', 'Total blocking time (ms)', 0],
  ['lcp', 'Largest contentful paint (ms)', 0],
  ['fcp', 'First contentful paint (ms)', 0],
];

function pageTable(runs) {
  return ROWS.map(([key, label, decimals]) => {
    const without = runs.without.map((r) => r[key]);
    const withW = runs.with.map((r) => r[key]);
    const delta = withW.map((v, i) => v - without[i]);
    return `| ${label} | ${fmtRange(summarize(without), decimals)} | ${fmtRange(summarize(withW), decimals)} | ${fmtRange(summarize(delta), decimals)} |`;
  });
}

export function hostImpactTable(impact) {
  const pages = impact.pages ?? { below: impact.runs };
  const out = [`### Host page impact (Lighthouse ${impact.version}, mobile profile, ${impact.pairs} pairs per page)`, ''];
  for (const [name, runs] of Object.entries(pages)) {
    const failing = (list) => [...new Set(list.flatMap((r) => r.failing ?? []))].join(', ') || 'none';
    out.push(
      `**${VARIANTS[name]?.label ?? name}** (\`${VARIANTS[name]?.query || '/'}\` vs \`${VARIANTS[VARIANTS[name]?.without]?.query || '/'}\`, bench/variants.mjs)`,
      '',
      '| Measure | without the widget | with the widget | with − without (per pair) |',
      '|---|---:|---:|---:|',
      ...pageTable(runs),
      '',
      `Audits below 0.9: without ${failing(runs.without)}; with ${failing(runs.with)}.`,
      '',
    );
  }
  out.push(
    'Runs alternate without/with on each page; "without" is the same page with the widget\'s script and element removed ' +
      `(bench/variants.mjs). Load average (1 min) during the runs: ${impact.load ? fmtRange(summarize(impact.load), 1) : '–'} on 2 cores. ` +
      'Promise: FCP, LCP and TBT within the spread of the "without" runs, zero layout shift.',
  );
  return out.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const value = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
  const variants = value('--variants', null)?.split(',');
  const impact = await hostImpact({ pairs: Number(value('--pairs', 5)), ...(variants ? { variants } : {}) });
  console.log(argv.includes('--json') ? JSON.stringify(impact) : hostImpactTable(impact));
}
