// Issue 18: pages print the widget's first screen inside <back-check> (a
// declarative shadow root) from build/web/first-screen.json, which the build
// renders with the element's own code (web/first-screen-build.mjs). Here: the
// templates, the printer the configurator's snippet and the demo server share
// (site/js/first-screen.js), and the demo server's use of it. That the element
// keeps what is printed is tested in a browser (tests/e2e/widget-first-screen.spec.mjs).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { printFirstScreen } from '../../site/js/first-screen.js';
import { withFirstScreen } from '../../site/server.mjs';

const built = JSON.parse(readFileSync(new URL('../../build/web/first-screen.json', import.meta.url), 'utf8'));
const en = JSON.parse(readFileSync(new URL('../../web/locales/en.json', import.meta.url), 'utf8'));
const es = JSON.parse(readFileSync(new URL('../../web/locales/es.json', import.meta.url), 'utf8'));
const BASE = 'https://widget.example.com/widget/';
/** The templates write non-ASCII as character references; this reads them back. */
// The stylesheet link every template starts with: Subresource Integrity of the built file, fetched in CORS mode, at low priority.
const css = readFileSync(new URL('../../build/web/back-check.css', import.meta.url));
const LINK = `<link rel="stylesheet" href="{{base}}back-check.css" integrity="sha384-${createHash('sha384').update(css).digest('base64')}" crossorigin="anonymous" fetchpriority="low">`;
const link = (base) => LINK.replace('{{base}}', base);
const decode = (html) => html.replace(/&#x([0-9a-f]+);/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16)));

test('the build writes four templates per locale: the intro in that language, a stylesheet link, only the three placeholders', () => {
  assert.equal(built.stylesOnly, `<template shadowrootmode="open">${LINK}</template>`);
  assert.deepEqual(Object.keys(built.locales).sort(), ['en', 'es']);
  for (const [locale, catalog] of [['en', en], ['es', es]]) {
    const templates = built.locales[locale];
    assert.deepEqual(Object.keys(templates).sort(), ['logo', 'name', 'name logo', 'plain']);
    for (const [key, html] of Object.entries(templates)) {
      assert.ok(html.startsWith(`<template shadowrootmode="open">${LINK}<div class="frame"`), html.slice(0, 300));
      assert.ok(html.endsWith('</div></template>'), key);
      assert.ok(html.includes(`lang="${locale}"`), key);
      for (const text of ['intro.title', 'intro.body', 'intro.start', 'widget.title']) assert.ok(decode(html).includes(catalog[text]), `${locale} ${key}: ${text}`);
      assert.match(html, /^[\x20-\x7e]*$/, 'ASCII only: a page that is not UTF-8 shows the same texts');
      assert.deepEqual([...new Set(html.match(/\{\{\w+\}\}/g))].sort(), ['{{base}}', ...(key.includes('logo') ? ['{{logo}}'] : []), ...(key.includes('name') ? ['{{name}}'] : [])].sort());
      assert.doesNotMatch(html, /\son\w+=|<script|style=/i, 'no listeners, scripts or inline styles (strict CSP)');
    }
  }
});

test('prints the template that fits: name and logo filled in, escaped', () => {
  const html = printFirstScreen(built, { base: BASE, locale: 'en', clinicName: ' A & B <i>Physio</i> ', logo: 'https://x.example/logo.svg?a=1&b="2"' });
  assert.ok(html.includes('<span>A &amp; B &lt;i&gt;Physio&lt;/i&gt; &#xb7; Back pain self-check</span>'), html);
  assert.ok(html.includes('<img src="https://x.example/logo.svg?a=1&amp;b=&quot;2&quot;" alt="" class="logo" part="logo">'), html);
  assert.ok(html.includes(`href="${BASE}back-check.css"`));
  const plain = printFirstScreen(built, { base: 'https://widget.example.com/widget', locale: 'es' });
  assert.ok(decode(plain).includes(`<span>${es['widget.title']}</span>`) && !plain.includes('<img'), plain);
  assert.ok(plain.includes(`href="${BASE}back-check.css"`), 'a base without its trailing slash gets one');
});

test('fills in one pass: a clinic name holding a placeholder stays text', () => {
  const html = printFirstScreen(built, { base: BASE, locale: 'en', clinicName: '{{logo}} {{base}}' });
  assert.ok(html.includes('<span>{{logo}} {{base}} &#xb7; Back pain self-check</span>'), html);
});

test('without a fixed language (the visitor\'s browser picks it) or for an unknown one: the stylesheet alone; without templates: nothing', () => {
  const stylesOnly = `<template shadowrootmode="open">${link(BASE)}</template>`;
  assert.equal(printFirstScreen(built, { base: BASE, locale: '', clinicName: 'A clinic' }), stylesOnly);
  assert.equal(printFirstScreen(built, { base: BASE, locale: undefined }), stylesOnly);
  assert.equal(printFirstScreen(built, { base: BASE, locale: 'fr' }), stylesOnly);
  assert.equal(printFirstScreen(null, { base: BASE, locale: 'en' }), '');
  assert.ok(printFirstScreen(built, { base: BASE, locale: 'en-US' }).includes('lang="en"'));
});

test('a clinic name the element would ignore (over 120 characters) is left out, as the element leaves it out', () => {
  const html = printFirstScreen(built, { base: BASE, locale: 'en', clinicName: 'x'.repeat(121) });
  assert.ok(html.includes('<span>Back pain self-check</span>'), html);
});

test('the demo server prints into empty elements only, reading their attributes as HTML, and puts the loader after the last in place of the module tag', () => {
  const page =
    '<head><script type="module" src="/widget/back-check.js" fetchpriority="low"></script></head>\n' +
    '<back-check clinic-name="A &amp; B" locale="en" logo="/favicon.svg"></back-check>\n<back-check locale="en"><p>own</p></back-check>\n<back-check clinic-name="No language"></back-check>\n<p>end</p>';
  const out = withFirstScreen(page, built);
  const [head, first, second, third, boot, end] = out.html.split('\n');
  assert.equal(head, '<head></head>', 'the module tag is gone: the loader requests the script');
  assert.ok(first.startsWith(`<back-check clinic-name="A &amp; B" locale="en" logo="/favicon.svg"><template shadowrootmode="open">${link('/widget/')}`), first);
  assert.ok(first.includes('<span>A &amp; B &#xb7; Back pain self-check</span>') && first.includes('<img src="/favicon.svg"'), first);
  assert.equal(second, '<back-check locale="en"><p>own</p></back-check>');
  assert.equal(third, `<back-check clinic-name="No language"><template shadowrootmode="open">${link('/widget/')}</template></back-check>`);
  assert.equal(boot, `<script data-backcheck-src="/widget/back-check.js">${built.boot.script}</script>`);
  assert.equal(end, '<p>end</p>');
  assert.equal(out.boot, built.boot.hash);
});

test('the loaders (element and iframe) are one line each, the same for every clinic, and each CSP hash is the hash of its text', () => {
  for (const loader of [built.boot, built.frameBoot]) {
    assert.equal(loader.hash, `sha256-${createHash('sha256').update(loader.script).digest('base64')}`);
    assert.doesNotMatch(loader.script, /<\/|\n/);
    assert.doesNotMatch(loader.script, /widget\.example|localhost|sha384|https?:/, 'no address or hash inside');
  }
  assert.notEqual(built.frameBoot.hash, built.boot.hash);
});

test('a page without a module tag or without anything printed keeps its markup and gets no loader', () => {
  const page = '<back-check locale="en"></back-check>';
  const out = withFirstScreen(page, built);
  assert.equal(out.boot, null);
  assert.ok(!out.html.includes('<script'), out.html);
  const unprinted = '<script type="module" src="/widget/back-check.js"></script><back-check locale="en"><p>own</p></back-check>';
  assert.deepEqual(withFirstScreen(unprinted, built), { html: unprinted, boot: null });
});
