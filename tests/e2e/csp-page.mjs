// Shared by tests/e2e/csp-*.spec.mjs: opens the strict-CSP test page
// (site/csp/) and records everything the page writes to the console.
import { expect } from '@playwright/test';

/** Console lines from the browser's own network layer, not from our code. */
const NETWORK_NOISE = /^Failed to load resource/;

export function watchConsole(page) {
  const lines = [];
  page.on('console', (message) => lines.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => lines.push(`pageerror: ${error.message}`));
  return {
    all: lines,
    /** Everything except the browser's "Failed to load resource" for a blocked request. */
    ours: () => lines.filter((line) => !NETWORK_NOISE.test(line.replace(/^\w+: /, ''))),
  };
}

export async function openCspPage(page, query = '') {
  const response = await page.goto(`/csp/${query}`);
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(response.headers()['content-security-policy']).not.toMatch(/[ ;]'unsafe-eval'/);
  await expect(page.locator('body')).toHaveAttribute('data-done', 'true');
  return page;
}

export const text = (page, id) => page.locator(`#${id}`).textContent();
