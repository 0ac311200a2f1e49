// The shared rules of web/rules/ (issue 13, "small rules copied by hand"): one
// module each for web addresses, phone numbers, e-mail addresses and locales,
// used by the widget's attributes (web/config.ts), the contact form
// (web/leads/), the clinic inbox and the configurator (site/js/options.js,
// through build/web/rules.js). Both sides of every rule, and the cases the
// old copies disagreed on.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { load, loadSite, root } from './load.mjs';

const url = await load('../rules/url.ts');
const email = await load('../rules/email.ts');
const phone = await load('../rules/phone.ts');
const locales = await load('../rules/locales.ts');

test('web addresses: https anywhere; plain http only to this machine; other schemes never', () => {
  for (const good of ['https://example.com', 'https://clinic.example/book?x=1', 'http://localhost/leads', 'http://127.0.0.1:8787/leads', 'http://[::1]:9000/'])
    assert.equal(url.urlProblem(good), '', good);
  // One copy (web/leads/booking.ts httpUrl) took http: for any host.
  for (const http of ['http://example.com', 'http://clinic.example/book', 'http://localhost.evil.example/', 'http://127.0.0.2/'])
    assert.equal(url.urlProblem(http), 'http', http);
  for (const other of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x', 'ftp://x.test', 'mailto:a@b.co'])
    assert.equal(url.urlProblem(other), 'scheme', other);
  for (const junk of ['not a url', 'example.com/book', '', undefined]) assert.equal(url.urlProblem(junk), 'invalid', String(junk));
});

test('web addresses: relative ones resolve against the page, and follow the same rule', () => {
  assert.equal(url.webUrl('/book', 'https://clinic.example/blog/post')?.href, 'https://clinic.example/book');
  assert.equal(url.webUrl('/book', 'http://127.0.0.1:8080/')?.href, 'http://127.0.0.1:8080/book');
  assert.equal(url.webUrl('/book', 'http://clinic.example/'), null);
  assert.equal(url.webUrl('http://example.com'), null);
  assert.equal(url.webUrl('https://example.com')?.href, 'https://example.com/');
  assert.equal(url.webUrl(''), null);
});

// The three copies before: web/config.ts /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
// site/js/options.js /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/, web/leads/payload.ts (this rule).
const EMAIL_DISAGREED = {
  'care@example.com?subject=Hi': 'a query in a mailto: link adds a subject or a body (config and configurator took it)',
  'care@example.com?cc=a@evil.example': 'two @',
  'care@example.com&body=x': 'an & ends the address in a mailto: link (config and configurator took it)',
  'care@example.com#x': 'a fragment (config and configurator took it)',
  '"care"@example.com': 'quotes (config and configurator took them)',
  'care@exam_ple.com': 'an underscore in the domain (config and configurator took it)',
  'care@example..com': 'an empty domain label (config took it)',
  'care@.example.com': 'an empty first label (config took it)',
  'care<x>@example.com': 'angle brackets (config and configurator took them)',
};

test('e-mail: one rule, the contact form\'s; the cases the copies disagreed on are refused', () => {
  for (const [bad, why] of Object.entries(EMAIL_DISAGREED)) assert.equal(email.isEmail(bad), false, `${bad}: ${why}`);
  for (const bad of ['ana', 'ana@mail', 'a b@mail.test', '@mail.test', 'ana@@mail.test', 'ana@mail.', `${'a'.repeat(250)}@x.co`, ''])
    assert.equal(email.isEmail(bad), false, bad);
  for (const good of ['ana@mail.test', 'care@example.com', "o'brien+pt@clínica.es", 'a.b-c@sub.mail.co', 'josé@ejemplo.com.mx', `${'a'.repeat(240)}@example.com`])
    assert.equal(email.isEmail(good), true, good);
  assert.equal(email.EMAIL_MAX_LENGTH, 254);
});

test('mailto: an accepted address as it is; subject and body encoded, long bodies cut; a refused address gives none', () => {
  assert.equal(email.mailtoHref('desk@clinic.example'), 'mailto:desk@clinic.example');
  assert.equal(email.mailtoHref('desk@clinic.example', 'Back check & more', 'line 1\nline 2?'), 'mailto:desk@clinic.example?subject=Back%20check%20%26%20more&body=line%201%0Aline%202%3F');
  assert.equal(email.mailtoHref('desk@clinic.example', '', 'b'), 'mailto:desk@clinic.example?body=b');
  for (const bad of [...Object.keys(EMAIL_DISAGREED), 'desk@clinic.example?cc=boss', '', undefined]) assert.equal(email.mailtoHref(bad, 's', 'b'), null, String(bad));
  assert.ok(email.mailtoHref('a@b.co', 's', 'x'.repeat(5000)).length < 2000);
});

test('phone: digits, spaces and + ( ) - . /, a + only first, 7 to 15 digits', () => {
  for (const good of ['0171 555 0199', '+34 612 345 678', '(555) 010-9999', '+1 (608) 555-0142', '608.555.0142', '608/555-0142', '1234567', '123456789012345'])
    assert.equal(phone.isPhone(good), true, good);
  // The widget's attribute check took a + anywhere; the configurator refused the slash the form took.
  for (const chars of ['555 0100 +1', '555+0100', '++1 555 0100', 'call me', '+1 555 abc 1234', '555"><script>', '555-0100 ext. 2'])
    assert.equal(phone.phoneProblem(chars), 'characters', chars);
  for (const digits of ['123456', '555-01', '1'.repeat(16), '+1']) assert.equal(phone.phoneProblem(digits), 'digits', digits);
  assert.equal(phone.isPhone(`+1 ${'0 '.repeat(15)}`), false, 'over 32 characters');
});

test('tel: keeps the digits and a leading plus only', () => {
  assert.equal(phone.telHref('+1 (555) 010-9999'), 'tel:+15550109999');
  assert.equal(phone.telHref('555"><script>'), 'tel:555');
  assert.equal(phone.telHref('911'), 'tel:911');
  assert.equal(phone.telHref('555+0100'), 'tel:5550100', 'a + inside is not a country code');
});

test('locales: one list; a catalog for each and no catalog beyond it', () => {
  const catalogs = readdirSync(join(root, 'web', 'locales')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  assert.deepEqual(catalogs, [...locales.LOCALES].sort());
  const inbox = readdirSync(join(root, 'web', 'inbox', 'locales')).map((f) => f.slice(0, -5)).sort();
  assert.deepEqual(inbox, [...locales.LOCALES].sort(), 'the clinic inbox speaks the same languages');
});

test('locale attribute: a listed language, optionally with a region', () => {
  for (const code of locales.LOCALES) {
    assert.equal(locales.isLocaleTag(code), true, code);
    assert.equal(locales.isLocaleTag(`${code}-US`), true);
  }
  for (const bad of ['fr', 'EN', 'en-', 'en-USA', 'en-US-x', '../en', 'english', '']) assert.equal(locales.isLocaleTag(bad), false, bad);
});

// Parts that cannot import the list (C++, PHP, the block's JSON) are checked against it.
test('the clinic inbox server and the WordPress plugin list the same locales', () => {
  const codes = [...locales.LOCALES].sort();
  const read = (path) => readFileSync(join(root, path), 'utf8');
  const quoted = (text) => [...text.matchAll(/['"]([a-z]{2})['"]/g)].map((m) => m[1]).sort();
  assert.deepEqual(quoted(/for \(const char\* language : \{([^}]*)\}/.exec(read('server/explain.cpp'))[1]), codes, 'server/explain.cpp');
  assert.deepEqual(quoted(/'locale'\s*=>[^\n]*'values'\s*=>\s*array\(([^)]*)\)/.exec(read('wordpress/backcheck/includes/options.php'))[1]), codes, 'options.php');
  const block = JSON.parse(read('wordpress/backcheck/blocks/self-check/block.json'));
  assert.deepEqual(block.attributes.locale.enum.filter(Boolean).sort(), codes, 'block.json');
});

test('the configurator validates with the same rules (site/js/options.js through /widget/rules.js)', async () => {
  const site = await loadSite('options.js');
  assert.deepEqual(site.OPTIONS.find((o) => o.name === 'locale').values, [...locales.LOCALES]);
  assert.match(site.checkUrl('http://booking.example.com/x'), /Use https:\/\//);
  assert.equal(site.checkUrl('http://127.0.0.1:8080/book.html'), '');
  assert.match(site.checkUrl('javascript:alert(1)'), /Only https:\/\//);
  for (const bad of Object.keys(EMAIL_DISAGREED)) assert.notEqual(site.checkEmail(bad), '', bad);
  assert.equal(site.checkEmail('care@example.com'), '');
  assert.match(site.checkPhone('555 0100 +1'), /Use only digits/);
  assert.equal(site.checkPhone('608/555-0142'), '');
  assert.match(site.checkPhone('555-01'), /7 to 15 digits/);
});
