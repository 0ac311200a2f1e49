// Subresource Integrity: build/web/sri.json (written by web/sri.mjs after the
// bundle) must hold the sha384 of exactly the scripts a visitor loads, and
// any integrity attribute in site/ pages must match it.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

import { visitorFiles, webDir } from '../../bench/payload.mjs';
import { filesUnder, read, tags } from './sources.mjs';

const sriFile = join(webDir, 'sri.json');
const sha384 = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

function sri() {
  assert.ok(existsSync(sriFile), `${sriFile} missing: the build must emit it (web/sri.mjs)`);
  return JSON.parse(readFileSync(sriFile, 'utf8'));
}

test('every hash in sri.json is the sha384 of the built file', () => {
  const hashes = sri();
  assert.ok(Object.keys(hashes).length > 0, 'sri.json is empty');
  for (const [file, hash] of Object.entries(hashes)) {
    assert.match(hash, /^sha384-[A-Za-z0-9+/]{64}$/, `${file}: not a sha384 SRI value`);
    assert.equal(hash, sha384(join(webDir, file)), `${file}: stale hash (rebuild without re-running web/sri.mjs?)`);
  }
});

test('every script a visitor loads has an SRI hash', () => {
  const hashes = sri();
  const scripts = visitorFiles().code.filter((f) => /\.m?js$/.test(f)).map((f) => relative(webDir, f));
  assert.ok(scripts.includes('back-check.js'), 'bundle not built');
  assert.deepEqual(scripts.filter((f) => !(f in hashes)), []);
});

test('integrity attributes in site/ pages match sri.json', () => {
  const hashes = sri();
  const problems = [];
  for (const page of filesUnder('site', /\.html?$/)) {
    for (const tag of tags(read(page))) {
      const integrity = tag.attrs.get('integrity');
      const src = tag.attrs.get('src') ?? tag.attrs.get('href') ?? '';
      const file = src.match(/\/widget\/([\w.-]+)$/)?.[1];
      if (!integrity || !file) continue;
      if (hashes[file] !== integrity) problems.push(`${page}:${tag.line} ${file} integrity differs from sri.json`);
    }
  }
  assert.deepEqual(problems, []);
});
