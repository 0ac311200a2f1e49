import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const booking = await load('booking.ts');
const params = (href) => Object.fromEntries(new URL(href).searchParams);
const visitor = { name: 'Ana María Ruiz', email: 'ana@mail.test' };

test('every booking link carries UTM tags, keeping the clinic own', () => {
  assert.deepEqual(params(booking.bookingHref('https://clinic.example/book')), booking.UTM);
  const own = params(booking.bookingHref('https://clinic.example/book?utm_source=blog&x=1'));
  assert.equal(own.utm_source, 'blog');
  assert.equal(own.utm_medium, 'widget');
  assert.equal(own.x, '1');
});

test('a generic booking URL never gets the visitor name or e-mail', () => {
  const p = params(booking.bookingHref('https://clinic.example/book', visitor));
  assert.equal(p.name, undefined);
  assert.equal(p.email, undefined);
  assert.ok(!Object.values(p).some((v) => v.includes('ana')));
});

test('Calendly and Cal.com get name and email', () => {
  for (const url of ['https://calendly.com/demo-pt/evaluation', 'https://cal.com/demo-pt/evaluation']) {
    const p = params(booking.bookingHref(url, visitor));
    assert.equal(p.name, 'Ana María Ruiz');
    assert.equal(p.email, 'ana@mail.test');
    assert.equal(p.utm_campaign, booking.UTM.utm_campaign);
  }
});

test('Acuity gets firstName, lastName and email', () => {
  const p = params(booking.bookingHref('https://demopt.acuityscheduling.com/schedule.php?appointmentType=12', visitor));
  assert.deepEqual(
    { firstName: p.firstName, lastName: p.lastName, email: p.email, appointmentType: p.appointmentType },
    { firstName: 'Ana', lastName: 'María Ruiz', email: 'ana@mail.test', appointmentType: '12' },
  );
});

test('lookalike hosts are generic, not schedulers', () => {
  assert.equal(booking.scheduler(new URL('https://calendly.com.evil.test/x')), 'generic');
  assert.equal(booking.scheduler(new URL('https://notcalendly.com/x')), 'generic');
  assert.equal(booking.scheduler(new URL('https://app.acuityscheduling.com/schedule.php')), 'acuity');
});

test('only https booking URLs: javascript:, data: and junk give no link', () => {
  for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>x', 'vbscript:x', 'ftp://x.test', 'not a url', '', undefined])
    assert.equal(booking.bookingHref(bad), null, String(bad));
});

// Issue 13: this file's own URL check took http: for any host (the attribute check did not).
test('a plain-http booking URL gives no link, except on this machine while testing', () => {
  assert.equal(booking.bookingHref('http://clinic.example/book'), null);
  assert.equal(booking.bookingHref('/book', {}, 'http://clinic.example/blog/'), null);
  assert.match(booking.bookingHref('http://127.0.0.1:8080/book.html'), /^http:\/\/127\.0\.0\.1:8080\/book\.html\?utm_source=backcheck/);
  assert.match(booking.bookingHref('/book', {}, 'https://clinic.example/blog/'), /^https:\/\/clinic\.example\/book\?/);
});

test('names with URL syntax stay inside their parameter', () => {
  const p = params(booking.bookingHref('https://calendly.com/x', { name: 'A&email=evil@x.test#', email: '' }));
  assert.equal(p.name, 'A&email=evil@x.test#');
  assert.equal(p.email, undefined);
});
