// The vertical slice on the demo article under its strict CSP: the widget's
// first screen, then a short journey whose result only the WebAssembly core
// can give (its triage level, its finding and its version on the printed
// summary). The intro alone proves nothing about the core: it is rendered from
// bundled texts before the core is fetched.
import { expect, test } from '@playwright/test';

test('the demo article loads the widget and its WebAssembly core under the strict CSP, and the core evaluates', async ({ page }) => {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));

  const response = await page.goto('/');
  // The only inline script the policy allows is the snippet's loader, by its hash (web/boot.ts).
  expect(response.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-[\w+/=]+' 'wasm-unsafe-eval'/);
  const w = page.locator('back-check');
  const heading = w.getByRole('heading', { level: 2 });
  await w.getByRole('button', { name: 'Start the check' }).click();
  // The steps are built from the core's protocol().
  await expect(heading).toHaveText('First, your safety');
  await w.getByRole('checkbox', { name: 'None of these' }).check();
  await w.getByRole('button', { name: 'Next' }).click();
  await expect(heading).toHaveText('About your pain');
  await w.getByRole('radio', { name: 'Getting worse' }).check();
  await w.getByRole('button', { name: 'Next' }).click();
  for (const title of ['Hip rotation test', 'Hip extension test', 'Habits and strength', 'Stress and mood']) {
    await expect(heading).toHaveText(title);
    await w.getByRole('button', { name: 'Skip this step' }).click();
  }
  // evaluate(): the level and the finding of rule F-WOR, and the core's version for the printout.
  await expect(heading).toHaveText('A physical therapist should take a look');
  await expect(w.getByText('The pain is getting worse.').first()).toBeVisible();
  await expect(w.locator('[part~="print-footer"]')).toHaveText(/^ ?Self-check core \d+\.\d+\.\d+$/);
  expect(problems).toEqual([]);
});
