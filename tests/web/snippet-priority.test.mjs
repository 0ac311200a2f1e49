// Issue 18: the widget's script must not compete with the host page's own
// first paint. The snippet a clinic copies prints the first screen and an
// inline loader (web/boot.ts) that requests back-check.js only after the
// page's load event or at the visitor's first touch; without the host's
// first-screen.json it falls back to a module tag at low priority (a module
// script is fetched at high priority by default, and Lighthouse counts a
// high-priority script that arrives before the first paint as render-blocking).
// docs/embedding.md, "Where to paste it".
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { loadSite } from './load.mjs';

const { elementSnippet, iframeSnippet } = await loadSite('snippets.js');

const scriptTag = (html) => html.match(/<script\b[^>]*back-check\.js[^>]*>/)?.[0] ?? '';

test('without the host\'s first-screen.json the snippet falls back to a module tag with fetchpriority="low" (with and without SRI)', () => {
  for (const integrity of ['', 'sha384-abc']) {
    const tag = scriptTag(elementSnippet({ 'clinic-name': 'A clinic' }, 'https://widget.example.com', integrity));
    assert.match(tag, /type="module"/);
    assert.match(tag, /fetchpriority="low"/, tag);
    if (integrity) assert.match(tag, /integrity="sha384-abc" crossorigin="anonymous"/, tag);
  }
});

test('the demo article\'s own page keeps a module tag (opened as a file it still works); the demo server swaps it for the loader', () => {
  const tag = scriptTag(readFileSync(new URL('../../site/index.html', import.meta.url), 'utf8'));
  assert.match(tag, /type="module" src="\/widget\/back-check\.js" fetchpriority="low"/, tag);
});

// The snippet carries the widget's first screen (tests/web/first-screen.test.mjs): its
// stylesheet must not count against the page's first paint either.
const firstScreen = JSON.parse(readFileSync(new URL('../../build/web/first-screen.json', import.meta.url), 'utf8'));

test('with a language set, the snippet prints the first screen inside the element, its stylesheet at low priority', () => {
  const snippet = elementSnippet({ 'clinic-name': 'A clinic', locale: 'es' }, 'https://widget.example.com/', '', firstScreen);
  const element = snippet.slice(snippet.indexOf('<back-check'));
  assert.match(element, /^<back-check\n {2}clinic-name="A clinic"\n {2}locale="es"\n>\n<template shadowrootmode="open"><link rel="stylesheet" href="https:\/\/widget\.example\.com\/widget\/back-check\.css" integrity="sha384-[\w+/=]+" crossorigin="anonymous" fetchpriority="low">/);
  assert.ok(element.includes('<span>A clinic &#xb7; Autoevaluaci&#xf3;n del dolor de espalda</span>'), element);
  assert.match(element, /<\/template>\n<\/back-check>\n<script data-backcheck-src="https:\/\/widget\.example\.com\/widget\/back-check\.js">/);
  assert.ok(snippet.startsWith('<back-check'), 'no module tag: nothing is fetched before the page has loaded');
  assert.doesNotMatch(snippet, /<script\b[^>]*\ssrc=/, 'no <script src>');
});

test('without a language (the visitor\'s browser picks it) the snippet prints the stylesheet alone; without the templates, the element alone', () => {
  const snippet = elementSnippet({ 'clinic-name': 'A clinic' }, 'https://widget.example.com', '', firstScreen);
  assert.match(snippet, /\n>\n<template shadowrootmode="open"><link rel="stylesheet" href="https:\/\/widget\.example\.com\/widget\/back-check\.css" [^>]*fetchpriority="low"><\/template>\n<\/back-check>\n<script data-backcheck-src=/);
  assert.match(elementSnippet({ 'clinic-name': 'A clinic', locale: 'en' }, 'https://widget.example.com', '', null), /\n><\/back-check>$/);
});

test('the loader carries the script\'s address and its integrity as attributes; its text is the build\'s, the same for every clinic', () => {
  const snippet = elementSnippet({ 'clinic-name': 'A "clinic"', locale: 'en' }, 'https://widget.example.com', 'sha384-abc', firstScreen);
  const boot = snippet.slice(snippet.indexOf('</back-check>\n') + '</back-check>\n'.length);
  assert.equal(boot, `<script data-backcheck-src="https://widget.example.com/widget/back-check.js" data-backcheck-integrity="sha384-abc">${firstScreen.boot.script}</script>`);
  const other = elementSnippet({ 'clinic-name': 'Another', locale: 'es' }, 'https://other.example', '', firstScreen);
  assert.ok(other.endsWith(`>${firstScreen.boot.script}</script>`));
});

test('the iframe snippet starts with its loader, the frame right after it (the loader holds the element that follows it); without first-screen.json it ends with embed-host.js', () => {
  const settings = { 'clinic-name': 'A clinic', locale: 'en' };
  const snippet = iframeSnippet(settings, 'https://widget.example.com', firstScreen);
  assert.ok(snippet.startsWith(`<script>${firstScreen.frameBoot.script}</script>\n<iframe data-backcheck-embed src="https://widget.example.com/embed.html?`), snippet);
  assert.match(snippet, /loading="lazy"[^>]*><\/iframe>$/);
  assert.doesNotMatch(snippet, /embed-host\.js/);
  const older = iframeSnippet(settings, 'https://widget.example.com');
  assert.match(older, /^<iframe data-backcheck-embed [\s\S]*<\/iframe>\n<script src="https:\/\/widget\.example\.com\/embed-host\.js" defer><\/script>$/);
  // The same loader text for every clinic: one CSP hash.
  const other = iframeSnippet({ 'clinic-name': 'Another', locale: 'es' }, 'https://other.example', firstScreen);
  assert.ok(other.startsWith(`<script>${firstScreen.frameBoot.script}</script>\n`));
});

test('neither snippet has an inline style attribute, which a page with a strict style-src refuses (a console error Lighthouse reports)', () => {
  const iframe = iframeSnippet({ 'clinic-name': 'A clinic', locale: 'en' }, 'https://widget.example.com');
  assert.doesNotMatch(iframe, /\sstyle=/, iframe);
  assert.match(iframe, /width="100%" height="900" frameborder="0"/);
  assert.doesNotMatch(elementSnippet({ 'clinic-name': 'A clinic', locale: 'en' }, 'https://widget.example.com', '', firstScreen), /\sstyle=/);
});

test('loader: false (a page whose CSP allows no inline script) keeps the printed first screen and names the script in a module tag', () => {
  const snippet = elementSnippet({ 'clinic-name': 'A clinic', locale: 'en' }, 'https://widget.example.com', 'sha384-abc', firstScreen, { loader: false });
  assert.match(snippet, /^<script type="module" src="https:\/\/widget\.example\.com\/widget\/back-check\.js" integrity="sha384-abc" crossorigin="anonymous" fetchpriority="low"><\/script>\n<back-check/);
  assert.ok(snippet.includes('<template shadowrootmode="open">'));
  assert.doesNotMatch(snippet, /<script(?![^>]*\ssrc=)/, 'no inline script');
});
