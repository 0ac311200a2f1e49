// Issue 18: the widget's script must not compete with the host page's own
// first paint. A module script is fetched at high priority by default, and
// Lighthouse counts a high-priority script that arrives before the first paint
// as render-blocking; the snippet a clinic copies and the demo article ask for
// a low priority (docs/embedding.md, "Where to paste it").
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { loadSite } from './load.mjs';

const { elementSnippet } = await loadSite('snippets.js');

const scriptTag = (html) => html.match(/<script\b[^>]*back-check\.js[^>]*>/)?.[0] ?? '';

test('the configurator\'s snippet loads back-check.js with fetchpriority="low" (with and without SRI)', () => {
  for (const integrity of ['', 'sha384-abc']) {
    const tag = scriptTag(elementSnippet({ 'clinic-name': 'A clinic' }, 'https://widget.example.com', integrity));
    assert.match(tag, /type="module"/);
    assert.match(tag, /fetchpriority="low"/, tag);
  }
});

test('the demo article uses the same script tag', () => {
  const tag = scriptTag(readFileSync(new URL('../../site/index.html', import.meta.url), 'utf8'));
  assert.match(tag, /type="module" src="\/widget\/back-check\.js" fetchpriority="low"/, tag);
});
