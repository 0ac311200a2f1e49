// The element's attribute parsing (web/config.ts), with a stand-in element:
// every text attribute has a documented length cap; a longer value is
// ignored and named in the widget's configuration notice.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

globalThis.document ??= { baseURI: 'https://clinic.example/blog/' };
globalThis.CSS ??= { supports: () => true };
const config = await load('../config.ts');

const element = (attrs) => ({
  getAttribute: (name) => attrs[name] ?? null,
  hasAttribute: (name) => name in attrs,
});

const VALID = {
  'clinic-name': 'Riverbend Physical Therapy',
  'clinic-phone': '+1 555 010 0100',
  'clinic-email': 'front@riverbend.example',
  'booking-url': 'https://riverbend.example/book',
  'lead-endpoint': 'https://riverbend.example/leads',
  locale: 'en',
  state: 'WI',
  accent: '#0f6e6a',
  logo: 'https://riverbend.example/logo.png',
  'direct-access-note': 'In Wisconsin you can see a physical therapist without a referral.',
};

test('every text attribute has a length cap, and a value over it is ignored and reported', () => {
  assert.deepEqual(Object.keys(config.MAX_LENGTH).sort(), Object.keys(config.STRING_ATTRS).sort());
  assert.deepEqual(config.readConfig(element(VALID)).invalid, []);
  for (const attr of Object.keys(config.STRING_ATTRS)) {
    const max = config.MAX_LENGTH[attr];
    // Over the cap by padding a valid value where the check allows it (text), else by a long valid-looking value.
    const long = attr === 'clinic-name' || attr === 'direct-access-note' ? 'x'.repeat(max + 1) : `${VALID[attr]}${'0'.repeat(max)}`;
    const { config: parsed, invalid } = config.readConfig(element({ ...VALID, [attr]: long }));
    assert.deepEqual(invalid, [attr], attr);
    assert.equal(parsed[config.STRING_ATTRS[attr]], undefined, `${attr} is not used`);
  }
});

test('a 1 MB clinic name is not used at all', () => {
  const { config: parsed, invalid } = config.readConfig(element({ 'clinic-name': 'A'.repeat(1 << 20) }));
  assert.deepEqual(invalid, ['clinic-name']);
  assert.equal(parsed.clinicName, undefined);
});
