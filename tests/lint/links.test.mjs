// Every link in the demo site that leaves it, or opens a new window, carries
// rel="noopener noreferrer": the opened page gets no window.opener and no
// Referer (the article URL could tell a third party what the visitor read).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { filesUnder, read, tags } from './sources.mjs';

const SITE_ORIGIN = 'https://clinic.example';

/** Problems with <a>/<area> links in one page. */
export function linkProblems(file, html) {
  const problems = [];
  for (const tag of tags(html)) {
    if (tag.name !== 'a' && tag.name !== 'area') continue;
    const href = (tag.attrs.get('href') ?? '').trim();
    let external = false;
    try {
      const url = new URL(href, SITE_ORIGIN);
      external = /^https?:$/.test(url.protocol) && url.origin !== SITE_ORIGIN;
    } catch {
      problems.push(`${file}:${tag.line} unparsable href ${href}`);
      continue;
    }
    const newWindow = (tag.attrs.get('target') ?? '').trim() !== '' && tag.attrs.get('target') !== '_self';
    if (!external && !newWindow) continue;
    const rel = new Set((tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/));
    if (!rel.has('noopener') || !rel.has('noreferrer')) {
      problems.push(`${file}:${tag.line} ${href} lacks rel="noopener noreferrer"`);
    }
  }
  return problems;
}

test('the link checker flags external and new-window links without noopener noreferrer', () => {
  assert.equal(linkProblems('p', '<a href="https://other.example/x">x</a>').length, 1);
  assert.equal(linkProblems('p', '<a href="//other.example/x" rel="noopener">x</a>').length, 1);
  assert.equal(linkProblems('p', '<a href="/about" target="_blank">x</a>').length, 1);
  assert.deepEqual(linkProblems('p', '<a href="https://other.example" rel="noreferrer noopener">x</a>'), []);
  assert.deepEqual(linkProblems('p', '<a href="/about">x</a><a href="#top">t</a><a href="tel:+15550100">c</a>'), []);
});

test('every external or new-window link in site/ has rel="noopener noreferrer"', () => {
  const pages = filesUnder('site', /\.html?$/);
  assert.ok(pages.length > 0, 'no pages in site/');
  assert.deepEqual(pages.flatMap((f) => linkProblems(f, read(f))), []);
});
