// The catalog a visitor fetches (build/web/locales/<locale>.json) is built
// compact (web/build-texts.mjs): the texts bundled into back-check.js are left
// out, and keys are nested by their dots. The widget must still find every
// text of the source catalog, in every language, under its full key.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { FALLBACK_KEYS, servedCatalog } from '../../web/build-texts.mjs';
import { load, root } from './load.mjs';

const i18n = await load('../i18n.ts');
const { LOCALES } = await load('../rules/locales.ts');
const source = (locale) => JSON.parse(readFileSync(join(root, 'web', 'locales', `${locale}.json`), 'utf8'));

for (const locale of LOCALES) {
  test(`${locale}: the served catalog plus the bundled texts give every text of web/locales/${locale}.json`, () => {
    const all = source(locale);
    const served = JSON.parse(servedCatalog(locale));
    const flat = i18n.flatten(served);
    assert.deepEqual(flat, Object.fromEntries(Object.entries(all).filter(([key]) => !FALLBACK_KEYS.includes(key))));
    const t = i18n.translator(locale, flat);
    for (const [key, text] of Object.entries(all)) assert.equal(t(key), text, key);
    for (const key of FALLBACK_KEYS) assert.equal(key in served, false, `${key} is bundled, not served`);
  });
}

test('a key that is both a text and the start of longer keys keeps both', () => {
  const flat = i18n.flatten({ plan: { bridge: { '': 'Bridge', dose: '10 times' } }, side: { left: 'left' } });
  assert.deepEqual(flat, { 'plan.bridge': 'Bridge', 'plan.bridge.dose': '10 times', 'side.left': 'left' });
  assert.deepEqual(i18n.flatten({ 'plan.bridge': 'Bridge' }), { 'plan.bridge': 'Bridge' }, 'a flat catalog stays as it is');
  const nested = JSON.parse(servedCatalog('en'));
  assert.equal(typeof nested.plan.bridge, 'object');
  assert.equal(nested.plan.bridge[''], source('en')['plan.bridge']);
});
