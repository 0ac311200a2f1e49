// Storage disabled (privacy modes, sandboxed frames: any access throws) or
// full (every write throws): the widget on the demo article still runs the
// whole journey to the results, and nothing reaches the console. (The lead
// outbox under the same faults: tests/e2e/leads-delivery.spec.mjs.)
import { expect, test } from '@playwright/test';

import { en, startButton, watchProblems, widget } from './robustness-page.mjs';

const FAULTS = {
  disabled: () => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, { get: () => { throw new DOMException('denied', 'SecurityError'); } });
    }
  },
  full: () => {
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
  },
};

for (const [label, fault] of Object.entries(FAULTS)) {
  test(`storage ${label}: the journey still reaches the results`, async ({ page }) => {
    const problems = watchProblems(page);
    await page.addInitScript(fault);
    await page.goto('/');
    await startButton(page).click();
    const heading = widget(page).getByRole('heading', { level: 2 });
    await expect(heading).toBeFocused();
    for (let i = 0; i < 15; i++) {
      const skip = widget(page).getByRole('button', { name: en['nav.skip'] });
      if (!(await skip.isVisible().catch(() => false))) break;
      await skip.click();
    }
    await expect(widget(page).getByRole('button', { name: en['results.restart'] })).toBeVisible();
    expect(problems).toEqual([]);
  });
}
