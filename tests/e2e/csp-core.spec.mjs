// The core's JS API (web/core.ts, built to build/web/core.js) in Chromium under
// the strict CSP: it loads, evaluates, and turns every failure into a rejected
// promise with a CoreFailure code, with nothing on the host page's console.
import { expect, test } from '@playwright/test';

import { openCspPage, text, watchConsole } from './csp-page.mjs';

const GOOD = { schemaVersion: 1, about: { ageYears: 44, duration: '1_4_weeks', trend: 'same' } };

test('the strict-CSP page loads the core and evaluates, console silent', async ({ page }) => {
  const console = watchConsole(page);
  await openCspPage(page);
  expect(await text(page, 'failure')).toBe('');
  expect(await text(page, 'outcome')).toBe('triaged');
  expect(await text(page, 'level')).toMatch(/^(emergency|urgent|pt_evaluation|self_care)$/);
  expect(await text(page, 'violations')).toBe('');
  expect(console.all).toEqual([]);
});

test('the module loads lazily, on the first call, and only once', async ({ page }) => {
  const loads = [];
  page.on('request', (request) => {
    if (/backcheck-core\.(js|wasm)$/.test(request.url())) loads.push(new URL(request.url()).pathname);
  });
  await openCspPage(page, '?defer=1');
  expect(loads).toEqual([]);
  const outcomes = await page.evaluate(async (answers) => {
    const core = window.backcheckCore;
    const results = await Promise.all([core.evaluate(answers), core.validate(answers), core.protocol()]);
    const again = await core.evaluate(answers);
    return [results[0].outcome, results[1].valid, again.outcome];
  }, GOOD);
  expect(outcomes).toEqual(['triaged', true, 'triaged']);
  expect(loads.sort()).toEqual(['/widget/backcheck-core.js', '/widget/backcheck-core.wasm']);
});

test('bad answers resolve to the core\'s errors; unencodable answers reject', async ({ page }) => {
  const console = watchConsole(page);
  await openCspPage(page);
  const outcome = await page.evaluate(async () => {
    const core = window.backcheckCore;
    const circular = { schemaVersion: 1 };
    circular.self = circular;
    const failure = (promise) => promise.then(() => 'resolved', (error) => `${error.name}:${error.code}`);
    return {
      malformed: (await core.evaluate('{"schemaVersion": ')).errors[0].code,
      age: (await core.evaluate({ schemaVersion: 1, about: { ageYears: 190 } })).errors[0].code,
      nan: (await core.evaluate({ schemaVersion: 1, about: { ageYears: Number.NaN } })).outcome,
      invalid: (await core.validate({ schemaVersion: 99 })).valid,
      circular: await failure(core.evaluate(circular)),
      bigint: await failure(core.evaluate({ schemaVersion: 1n })),
      nothing: await failure(core.evaluate(undefined)),
      version: await core.coreVersion(),
      steps: (await core.protocol()).steps.length,
    };
  });
  expect(outcome).toEqual({
    malformed: 'invalid_json',
    age: 'out_of_range',
    nan: 'invalid', // JSON turns NaN into null: a wrong type, reported by the core
    invalid: false,
    circular: 'CoreFailure:not_serializable',
    bigint: 'CoreFailure:not_serializable',
    nothing: 'CoreFailure:not_serializable',
    version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
    steps: expect.any(Number),
  });
  expect(console.all).toEqual([]);
});

test('a .wasm that cannot be fetched rejects with load_failed; the next call retries', async ({ page }) => {
  const console = watchConsole(page);
  await page.route('**/widget/backcheck-core.wasm', (route) => route.abort());
  await openCspPage(page);
  expect(await text(page, 'failure')).toBe('load_failed');
  expect(await text(page, 'message')).toMatch(/could not be loaded/);

  await page.unroute('**/widget/backcheck-core.wasm');
  const retry = await page.evaluate((answers) => window.backcheckCore.evaluate(answers), GOOD);
  expect(retry.outcome).toBe('triaged');
  expect(console.ours()).toEqual([]);
});

test('a .wasm answered with 404 rejects with load_failed', async ({ page }) => {
  const console = watchConsole(page);
  await page.route('**/widget/backcheck-core.wasm', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await openCspPage(page);
  expect(await text(page, 'failure')).toBe('load_failed');
  expect(console.ours()).toEqual([]);
});

test('a browser without WebAssembly gets no_webassembly', async ({ page }) => {
  const console = watchConsole(page);
  await page.addInitScript(() => {
    delete globalThis.WebAssembly;
  });
  await openCspPage(page);
  expect(await text(page, 'failure')).toBe('no_webassembly');
  expect(console.all).toEqual([]);
});

test('an abort inside the module (out of memory) rejects with aborted; the next call works', async ({ page }) => {
  const console = watchConsole(page);
  await openCspPage(page);
  const outcome = await page.evaluate(async (answers) => {
    const core = window.backcheckCore;
    // 80 MB of text: even the one copy the module makes does not fit its 64 MB heap.
    const huge = `{"schemaVersion":1,"about":{"location":"${'x'.repeat(80 * 1024 * 1024)}"}}`;
    const aborted = await core.evaluate(huge).then(() => 'resolved', (error) => `${error.name}:${error.code}`);
    const after = await core.evaluate(answers);
    return { aborted, after: after.outcome };
  }, GOOD);
  expect(outcome).toEqual({ aborted: 'CoreFailure:aborted', after: 'triaged' });
  expect(console.all).toEqual([]);
});
