// Proof that the strict CSP test can fail: the same core built WITHOUT
// -sDYNAMIC_EXECUTION=0 (test-only target backcheck_wasm_evaltest, copied to
// build/web/test-eval/) is refused by Chromium under the same CSP, while the
// product module on the same server evaluates. In node, with no CSP, the two
// answer alike (tests/wasm/api.test.mjs).
import { expect, test } from '@playwright/test';

import { openCspPage, text } from './csp-page.mjs';

test('the module built with eval is refused under the strict CSP', async ({ page }) => {
  await openCspPage(page, '?variant=eval');
  expect(await text(page, 'module')).toBe('/widget/test-eval/core.js');
  expect(await text(page, 'failure')).toBe('load_failed');
  expect(await text(page, 'outcome')).toBe('');
  expect(await text(page, 'violations')).toMatch(/script-src(-elem)? eval/);
});

test('the product module (no eval) evaluates on the same server', async ({ page }) => {
  await openCspPage(page);
  expect(await text(page, 'module')).toBe('/widget/core.js');
  expect(await text(page, 'failure')).toBe('');
  expect(await text(page, 'outcome')).toBe('triaged');
  expect(await text(page, 'violations')).toBe('');
});
