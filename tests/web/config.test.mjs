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

// Issue 13: the attribute checks are the shared rules (web/rules/), the same as
// the contact form's and the configurator's. Before, clinic-email took a query
// (the results' e-mail link became mailto:care@example.com?subject=…) and
// clinic-phone took a + anywhere.
test('clinic-email and clinic-phone follow the shared rules', () => {
  for (const bad of ['care@example.com?subject=Urgent', 'care@example.com&body=x', 'care@exam_ple.com', '"care"@example.com']) {
    const { config: parsed, invalid } = config.readConfig(element({ ...VALID, 'clinic-email': bad }));
    assert.deepEqual(invalid, ['clinic-email'], bad);
    assert.equal(parsed.clinicEmail, undefined);
  }
  assert.deepEqual(config.readConfig(element({ ...VALID, 'clinic-email': 'josé@clínica.example' })).invalid, []);
  assert.deepEqual(config.readConfig(element({ ...VALID, 'clinic-phone': '555 0100 +1' })).invalid, ['clinic-phone']);
  assert.deepEqual(config.readConfig(element({ ...VALID, 'clinic-phone': '608/555-0142' })).invalid, []);
});

test('booking-url, lead-endpoint and logo: https, or http on this machine only', () => {
  for (const attr of ['booking-url', 'lead-endpoint', 'logo']) {
    assert.deepEqual(config.readConfig(element({ ...VALID, [attr]: 'http://riverbend.example/x' })).invalid, [attr], attr);
    assert.deepEqual(config.readConfig(element({ ...VALID, [attr]: 'http://127.0.0.1:8080/x' })).invalid, [], attr);
    assert.deepEqual(config.readConfig(element({ ...VALID, [attr]: 'javascript:alert(1)' })).invalid, [attr], attr);
  }
});
