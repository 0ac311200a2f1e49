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

// The snippet carries the widget's first screen (tests/web/first-screen.test.mjs): its
// stylesheet must not count against the page's first paint either.
const firstScreen = JSON.parse(readFileSync(new URL('../../build/web/first-screen.json', import.meta.url), 'utf8'));

test('with a language set, the snippet prints the first screen inside the element, its stylesheet at low priority', () => {
  const snippet = elementSnippet({ 'clinic-name': 'A clinic', locale: 'es' }, 'https://widget.example.com/', '', firstScreen);
  const element = snippet.slice(snippet.indexOf('<back-check'));
  assert.match(element, /^<back-check\n {2}clinic-name="A clinic"\n {2}locale="es"\n>\n<template shadowrootmode="open"><link rel="stylesheet" href="https:\/\/widget\.example\.com\/widget\/back-check\.css" fetchpriority="low">/);
  assert.ok(element.includes('<span>A clinic &#xb7; Autoevaluaci&#xf3;n del dolor de espalda</span>'), element);
  assert.match(element, /<\/template>\n<\/back-check>$/);
});

test('without a language (the visitor\'s browser picks it) the snippet prints the stylesheet alone; without the templates, the element alone', () => {
  const snippet = elementSnippet({ 'clinic-name': 'A clinic' }, 'https://widget.example.com', '', firstScreen);
  assert.match(snippet, /\n>\n<template shadowrootmode="open"><link rel="stylesheet" href="https:\/\/widget\.example\.com\/widget\/back-check\.css" fetchpriority="low"><\/template>\n<\/back-check>$/);
  assert.match(elementSnippet({ 'clinic-name': 'A clinic', locale: 'en' }, 'https://widget.example.com', '', null), /\n><\/back-check>$/);
});
