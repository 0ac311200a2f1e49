// No HTML parsing of strings and no string-to-code anywhere in the widget or the
// demo site: untrusted text (clinic config, answers, locale strings) can then
// never become markup or script. Also what the strict CSP would block anyway.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { relative } from 'node:path';

import { visitorFiles } from '../../bench/payload.mjs';
import { filesUnder, lineOf, read, root, stripComments, tags } from './sources.mjs';

const SINKS = [
  ['innerHTML', /\.\s*innerHTML\b|\[\s*['"`]innerHTML['"`]\s*\]/g],
  ['outerHTML', /\.\s*outerHTML\b|\[\s*['"`]outerHTML['"`]\s*\]/g],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/g],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\b/g],
  ['eval', /(^|[^.\w$])eval\s*\(/g],
  ['new Function', /\bnew\s+Function\b|(^|[^.\w$])Function\s*\(\s*['"`]/g],
  ['string timer', /\bset(Timeout|Interval)\s*\(\s*['"`]/g],
  ['createContextualFragment', /\bcreateContextualFragment\b/g],
  ['srcdoc', /\bsrcdoc\b/g],
];

/** Returns "file:line sink" for every unsafe sink in JS/TS source text. */
export function findSinks(file, code) {
  const text = stripComments(code);
  return SINKS.flatMap(([name, re]) =>
    [...text.matchAll(re)].map((m) => `${file}:${lineOf(text, m.index)} ${name}`),
  );
}

const SCRIPT_FILES = /\.(m?[jt]s|tsx?)$/;
const HTML_FILES = /\.html?$/;

test('the detector flags each unsafe sink and ignores comments and look-alikes', () => {
  const bad = [
    'el.innerHTML = name;',
    "el['outerHTML'] = x;",
    "host.insertAdjacentHTML('beforeend', s);",
    'document.write(s);',
    'eval(code);',
    "const f = new Function('return 1');",
    "setTimeout('go()', 10);",
    'range.createContextualFragment(s);',
    'frame.srcdoc = s;',
  ];
  for (const line of bad) assert.equal(findSinks('x.ts', line).length, 1, line);
  const fine = [
    '// never use innerHTML here',
    '/* eval( is banned */',
    'el.textContent = name;',
    'const evaluate = (a) => core.evaluate(a);',
    'medieval(1);',
    "const url = 'https://example.org//innerHTMLx';",
  ];
  for (const line of fine) assert.deepEqual(findSinks('x.ts', line), [], line);
});

test('web/ and site/ scripts use no HTML-parsing or code-from-string sink', () => {
  const files = [...filesUnder('web', SCRIPT_FILES), ...filesUnder('site', SCRIPT_FILES)];
  assert.ok(files.some((f) => f.startsWith('web/')), 'no widget sources found');
  const found = files.flatMap((f) => findSinks(f, read(f)));
  assert.deepEqual(found, []);
});

test('inline scripts in site/ pages use no unsafe sink either', () => {
  const found = filesUnder('site', HTML_FILES).flatMap((f) => {
    const html = read(f);
    return [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].flatMap((m) => findSinks(f, m[1]));
  });
  assert.deepEqual(found, []);
});

/** Inline handlers, javascript: URLs and inline scripts in one HTML page. */
export function htmlProblems(file, html) {
  const problems = [];
  for (const tag of tags(html)) {
    for (const [name, value] of tag.attrs) {
      if (name.startsWith('on')) problems.push(`${file}:${tag.line} inline handler ${name}`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) &&
          /^\s*(javascript|vbscript|data:text\/html)/i.test(value.replace(/[\u0000-\u001f]/g, ''))) {
        problems.push(`${file}:${tag.line} script URL in ${name}`);
      }
    }
    const dataBlock = /json/i.test(tag.attrs.get('type') ?? '');
    if (tag.name === 'script' && !tag.attrs.has('src') && !dataBlock) {
      problems.push(`${file}:${tag.line} inline <script> (blocked by the CSP)`);
    }
  }
  return problems;
}

test('the HTML checker flags handlers, script URLs and inline scripts, not hostile text in values', () => {
  assert.equal(htmlProblems('p', '<img src=x onerror="alert(1)">').length, 1);
  assert.equal(htmlProblems('p', '<a href=" jav&#x61;script:alert(1)">x</a>').length, 1);
  assert.equal(htmlProblems('p', '<script>alert(1)</script>').length, 1);
  assert.deepEqual(htmlProblems('p', '<script type="module" src="/w.js"></script>'), []);
  assert.deepEqual(htmlProblems('p', '<back-check clinic-name="&lt;img src=x onerror=alert(1)&gt;"></back-check>'), []);
});

test('site/ pages have no inline handlers, script URLs or inline scripts', () => {
  const pages = filesUnder('site', HTML_FILES);
  assert.ok(pages.length > 0, 'no pages in site/');
  assert.deepEqual(pages.flatMap((f) => htmlProblems(f, read(f))), []);
});

test('the shipped bundle (build/web) has no eval or string-to-code either (strict CSP)', () => {
  // Only what a visitor loads: build/web also holds a deliberate test-only eval build.
  const files = visitorFiles().code.filter((f) => /\.m?js$/.test(f)).map((f) => relative(root, f));
  assert.ok(files.length >= 2, 'build/web is empty: build the widget first');
  assert.deepEqual(files.flatMap((f) => findSinks(f, read(f))), []);
});
