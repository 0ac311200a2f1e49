// Shared helpers for the lint tests: which files to read, comment stripping
// and a small HTML tag/attribute scanner (quoted values may contain '>').
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SKIP_DIRS = new Set(['node_modules', '.git']);

export function filesUnder(dir, pattern) {
  const full = join(root, dir);
  let names;
  try {
    names = readdirSync(full);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(full, name);
    if (statSync(path).isDirectory()) return SKIP_DIRS.has(name) ? [] : filesUnder(relative(root, path), pattern);
    return pattern.test(name) ? [relative(root, path)] : [];
  });
}

export const read = (file) => readFileSync(join(root, file), 'utf8');

/** Removes // and /* *\/ comments, keeping line numbers (URLs like https:// stay). */
export function stripComments(code) {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[\s;{}(),])\/\/[^\n]*/g, '$1');
}

export const lineOf = (text, index) => text.slice(0, index).split('\n').length;

const TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', Tab: '\t', NewLine: '\n' };
export function decodeEntities(value) {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (m, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });
}

/** Every start tag: { name, attrs: Map(lowercase name -> decoded value), line }. */
export function tags(html) {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  const found = [];
  for (const m of withoutComments.matchAll(TAG)) {
    const attrs = new Map();
    for (const a of m[2].matchAll(ATTR)) attrs.set(a[1].toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    found.push({ name: m[1].toLowerCase(), attrs, line: lineOf(withoutComments, m.index), end: m.index + m[0].length });
  }
  return found;
}
