import { expect, test } from '@playwright/test';

test('the demo article loads the widget and its WebAssembly core under the strict CSP', async ({ page }) => {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));

  const response = await page.goto('/');
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  // Ready: the core's protocol arrived and the first screen offers to start.
  await expect(page.locator('back-check').getByRole('button', { name: 'Start the check' })).toBeVisible();
  expect(problems).toEqual([]);
});
