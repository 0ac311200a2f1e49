// The lead's scores in the inbox's PT summary as the core writes them, partial
// ones included: a visitor who answered two PHQ-4 items has a PHQ-2 score but
// no PHQ-4 total or band (docs/contract.md §2); the summary says "–" for what
// is missing, never a raw "{total}" placeholder.
import { expect, test } from '@playwright/test';
import { leadWithKey, postLead, STAFF, startInbox } from '../inbox/inbox.mjs';

let inbox;
test.beforeAll(async () => {
  inbox = await startInbox();
});
test.afterAll(async () => {
  await inbox?.stop();
});

test('a partial PHQ-4 (PHQ-2 only, no total) reads "–" for the missing parts', async ({ page }) => {
  const lead = leadWithKey();
  // The core's scores for {"phq4":{"interest":2,"down":2}} (tests/fuzz/seeds/partial-scales.json).
  lead.scores = { phq4: { phq2: { score: 4, positive: true } } };
  expect((await postLead(inbox, lead)).status).toBe(201);

  await page.goto(`${inbox.url}/`);
  await page.getByLabel('E-mail').fill(STAFF.email);
  await page.getByLabel('Password').fill(STAFF.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.locator('.leads li a').first().click();
  const scores = page.getByRole('heading', { name: 'Scores' }).locator('xpath=following-sibling::*[1]');
  await expect(scores).toHaveText('PHQ-4: – (–); PHQ-2 4, positive; GAD-2 –');
});
