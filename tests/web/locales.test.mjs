// Every text key the lead module asks for exists in both catalogs (English and
// Spanish), so a visitor never sees a raw key such as "lead.status.sent".
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { root } from './load.mjs';

const dir = join(root, 'web', 'leads');
const code = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(join(dir, f), 'utf8'))
  .join('\n');
const literal = [...code.matchAll(/'((?:lead|booking|cta)\.[a-zA-Z0-9_.]+)'/g)].map((m) => m[1]);
const templated = [
  ...['any', 'morning', 'afternoon', 'evening'].map((v) => `lead.time.${v}`),
  ...['sending', 'retrying', 'sent', 'failed', 'rejected'].map((v) => `lead.status.${v}`),
  ...['urgent', 'pt_evaluation', 'self_care'].map((v) => `cta.${v}.book`),
];
const used = [...new Set([...literal, ...templated])].sort();

for (const locale of ['en', 'es']) {
  test(`${locale}.json has every key the lead form uses`, () => {
    const catalog = JSON.parse(readFileSync(join(root, 'web', 'locales', `${locale}.json`), 'utf8'));
    assert.ok(used.length > 40, `only ${used.length} keys found: the scan is broken`);
    assert.deepEqual(used.filter((k) => typeof catalog[k] !== 'string' || !catalog[k].trim()), []);
  });
}

test('lead texts keep their placeholders in every language', () => {
  const en = JSON.parse(readFileSync(join(root, 'web', 'locales', 'en.json'), 'utf8'));
  const es = JSON.parse(readFileSync(join(root, 'web', 'locales', 'es.json'), 'utf8'));
  const vars = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
  assert.deepEqual(used.filter((k) => vars(en[k]) !== vars(es[k])), []);
});
