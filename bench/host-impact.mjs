// Host-page impact: Lighthouse on the demo article with and without the
// widget. The Lighthouse runner itself is the site's (bench/lighthouse.mjs);
// this file only calls it and formats its results side by side.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { root } from './payload.mjs';

const runner = join(root, 'bench', 'lighthouse.mjs');

export async function hostImpact({ quick = false } = {}) {
  if (!existsSync(runner)) return { missing: 'bench/lighthouse.mjs (the site\'s Lighthouse runner) is not there yet' };
  return { missing: `bench/lighthouse.mjs has no API this report knows yet (quick=${quick})` };
}

export function hostImpactTable(impact) {
  const title = '### Host page impact (Lighthouse, demo article)';
  if (impact.missing) return `${title}\n\nNot measured: ${impact.missing}.`;
  return title;
}
