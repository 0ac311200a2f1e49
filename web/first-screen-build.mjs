// Renders the widget's first screen into HTML at build time, for pages that
// print it inside <back-check> as a declarative shadow root (issue 18: the
// page paints it with its own first paint, before the script arrives). The
// markup comes from the element's own code (web/element/first-screen.ts, run
// here on a minimal DOM), so the element finds exactly what it would render and
// keeps it. Written to build/web/:
//   back-check.css      the widget's stylesheet (web/styles/sheet.ts), which the printed shadow root links
//   first-screen.json   per locale, four templates (with/without clinic name and logo),
//                       `stylesOnly` (the stylesheet alone, for an element without a fixed language),
//                       and `boot`: the inline loader printed after the element (web/boot.ts,
//                       minified) with its CSP hash (script-src 'sha256-…'), and `frameBoot`:
//                       the iframe snippet's loader printed before its <iframe> (web/frame-boot.ts)
// A template holds three placeholders, filled by site/js/first-screen.js (the
// configurator's snippet, the demo server) and the WordPress plugin
// (includes/first-screen.php), each value escaped for HTML:
//   {{base}}  the folder of back-check.js, ending in "/"
//   {{name}}  the clinic's name        {{logo}}  the logo's address
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const VOID = new Set(['img', 'link', 'br', 'input']);
// Subresource Integrity for the stylesheet too (crossorigin: the widget's host
// already answers CORS, as module scripts need): a changed file is refused.
const stylesheet = (css) =>
  `<link rel="stylesheet" href="{{base}}back-check.css" integrity="sha384-${createHash('sha384').update(css).digest('base64')}" crossorigin="anonymous" fetchpriority="low">`;
// Non-ASCII as character references: a snippet pasted into a page that is not
// UTF-8 still shows "·" and "ó" (and the element finds the texts it renders).
const escapeText = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[^\x00-\x7f]/gu, (c) => `&#x${c.codePointAt(0).toString(16)};`);
const escapeAttr = (text) => escapeText(text).replace(/"/g, '&quot;');

/** Just enough DOM for web/dom.ts's h(): elements, attributes, text; serialised as HTML. */
class Text {
  constructor(text) {
    this.text = String(text);
  }
  get html() {
    return escapeText(this.text);
  }
}
class Element {
  constructor(tag) {
    this.tag = tag;
    this.attributes = new Map();
    this.children = [];
  }
  setAttribute(name, value) {
    this.attributes.set(name, String(value));
  }
  addEventListener() {
    throw new Error(`a printed first screen cannot carry listeners (<${this.tag}>): handle its events on the shadow root`);
  }
  append(...kids) {
    for (const kid of kids) this.children.push(typeof kid === 'string' ? new Text(kid) : kid);
  }
  get html() {
    const attrs = [...this.attributes].map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('');
    if (VOID.has(this.tag)) return `<${this.tag}${attrs}>`;
    return `<${this.tag}${attrs}>${this.children.map((kid) => kid.html).join('')}</${this.tag}>`;
  }
}
const fakeDocument = { createElement: (tag) => new Element(tag) };

/** The element's first-screen renderer and translator, bundled for node with the bundled texts only. */
async function loadRenderer(root, plugins) {
  const entry = `export { renderFirstScreen } from './element/first-screen.ts'; export { translator } from './i18n.ts'; export { LOCALES } from './rules/locales.ts';`;
  const { outputFiles } = await build({
    stdin: { contents: entry, resolveDir: join(root, 'web'), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'warning',
    plugins,
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

/** An inline script (web/boot.ts, web/frame-boot.ts) as one line, and the hash a Content-Security-Policy allows it by. */
async function buildInline(root, name) {
  const { outputFiles } = await build({
    entryPoints: [join(root, 'web', name)],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    tsconfigRaw: {}, // no "use strict" prologue: the loaders have nothing it would change
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  const script = outputFiles[0].text.trim();
  if (script.includes('</')) throw new Error(`web/${name}: its minified text contains "</", which would end the inline <script>`);
  return { script, hash: `sha256-${createHash('sha256').update(script).digest('base64')}` };
}

/**
 * Writes back-check.css and first-screen.json into `out`. `css` is the
 * minified stylesheet; `plugins` are the bundle's own (the bundled texts), so
 * the first screen uses exactly the texts the element has before its catalog
 * arrives.
 */
export async function buildFirstScreen(root, out, css, plugins) {
  writeFileSync(join(out, 'back-check.css'), css);
  const { renderFirstScreen, translator, LOCALES } = await loadRenderer(root, plugins);
  const STYLESHEET = stylesheet(css);
  const previous = globalThis.document;
  globalThis.document = fakeDocument;
  const locales = {};
  try {
    for (const locale of LOCALES) {
      const t = translator(locale, {});
      const templates = {};
      for (const key of ['plain', 'name', 'logo', 'name logo']) {
        const config = { clinicName: key.includes('name') ? '{{name}}' : undefined, logo: key.includes('logo') ? '{{logo}}' : undefined };
        const frame = renderFirstScreen(t, config).html;
        if (frame.replace(/\{\{(name|logo)\}\}/g, '').includes('{{')) throw new Error(`first screen (${locale}): a text contains "{{"`);
        // The stylesheet first: Chromium paints a shadow tree only once its stylesheets are in (no
        // unstyled flash), while the page's own first paint does not wait for it. fetchpriority="low"
        // (High instead of VeryHigh in Chromium, not a delayable request) says the same to
        // Lighthouse, which counts every VeryHigh stylesheet as blocking the page's first paint.
        templates[key] = `<template shadowrootmode="open">${STYLESHEET}${frame}</template>`;
      }
      locales[locale] = templates;
    }
  } finally {
    globalThis.document = previous;
  }
  // Without a fixed language (the visitor's browser picks it) a page can still print the stylesheet:
  // it then loads with the page instead of after the script.
  const stylesOnly = `<template shadowrootmode="open">${STYLESHEET}</template>`;
  writeFileSync(join(out, 'first-screen.json'), `${JSON.stringify({ stylesheet: 'back-check.css', stylesOnly, boot: await buildInline(root, 'boot.ts'), frameBoot: await buildInline(root, 'frame-boot.ts'), locales }, null, 1)}\n`);
}
