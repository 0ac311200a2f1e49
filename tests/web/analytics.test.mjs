import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { funnelEvent, attachAnalytics, resultDetail } = await load('analytics.ts');

test('funnel steps become dataLayer events with only whitelisted fields', () => {
  assert.deepEqual(funnelEvent('backcheck:step', { step: 'hipRotation', index: 3, total: 6, answers: { a: 1 } }), {
    event: 'backcheck_step',
    backcheck_step: 'hipRotation',
    backcheck_step_index: 3,
  });
  assert.deepEqual(funnelEvent('backcheck:result', { findings: ['x'] }), { event: 'backcheck_result' });
  assert.deepEqual(funnelEvent('backcheck:cta', { action: 'booking', level: 'self_care' }), { event: 'backcheck_cta', backcheck_cta: 'booking' });
  assert.deepEqual(funnelEvent('backcheck:lead', { status: 'sent', email: 'a@b.co' }), { event: 'backcheck_lead_sent' });
});

test('nothing is pushed for the emergency screen', () => {
  assert.equal(funnelEvent('backcheck:step', { step: 'emergency' }), null);
  assert.equal(funnelEvent('backcheck:result', { level: 'emergency' }), null);
});

test('free text cannot ride along in an id field', () => {
  assert.equal(funnelEvent('backcheck:step', { step: 'ana@mail.test' }), null);
  assert.equal(funnelEvent('backcheck:cta', { action: 'call 555 0199' }), null);
  assert.equal(funnelEvent('backcheck:result', { level: 'cancer_history' }), null);
  assert.equal(funnelEvent('backcheck:other', { step: 'about' }), null);
});

test('attachAnalytics pushes started once, then each step, and stops when detached', () => {
  globalThis.window = globalThis;
  delete globalThis.dataLayer;
  const host = new EventTarget();
  const fire = (type, detail) => host.dispatchEvent(Object.assign(new Event(type), { detail }));
  const detach = attachAnalytics(host);
  fire('backcheck:step', { step: 'safety', index: 1 });
  fire('backcheck:step', { step: 'about', index: 2 });
  fire('backcheck:result', { level: 'self_care' });
  detach();
  fire('backcheck:cta', { action: 'booking' });
  assert.deepEqual(globalThis.dataLayer.map((d) => d.event), ['backcheck_started', 'backcheck_step', 'backcheck_step', 'backcheck_result']);
});

test('backcheck_result carries no triage level by default, even if an event holds one; only the analytics-levels opt-in relays it', () => {
  for (const level of ['urgent', 'pt_evaluation', 'self_care']) {
    assert.deepEqual(resultDetail(level, { analytics: true }), {}, 'the element puts no level in its event');
    assert.deepEqual(resultDetail(level, { analytics: true, analyticsLevels: true }), { level });
    assert.deepEqual(funnelEvent('backcheck:result', { level }), { event: 'backcheck_result' }, 'nor does the relay push one');
    assert.deepEqual(funnelEvent('backcheck:result', { level }, true), { event: 'backcheck_result', backcheck_level: level });
  }
  assert.deepEqual(resultDetail('emergency', { analyticsLevels: true }), {});
  globalThis.window = globalThis;
  delete globalThis.dataLayer;
  const host = new EventTarget();
  let levels = false;
  const detach = attachAnalytics(host, () => levels);
  host.dispatchEvent(Object.assign(new Event('backcheck:result'), { detail: { level: 'urgent' } }));
  levels = true;
  host.dispatchEvent(Object.assign(new Event('backcheck:result'), { detail: { level: 'urgent' } }));
  detach();
  assert.deepEqual(globalThis.dataLayer, [{ event: 'backcheck_result' }, { event: 'backcheck_result', backcheck_level: 'urgent' }]);
});
