// Startup (BRIEF §4, ready < 100 ms after the script): the intro is shown from
// bundled texts as the element connects, before the WebAssembly core and the
// catalog arrive. Start pressed early waits with a polite status and goes on
// when the core is ready; a core that fails gives the clinic's phone; a late
// catalog does not take keyboard focus away. The core's .wasm and the catalog
// are held back by routes until the test lets them through.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

import { hold, watchProblems } from './robustness-page.mjs';
import { heading, widget } from './widget-helpers.mjs';

const catalog = (lang) => JSON.parse(readFileSync(new URL(`../../web/locales/${lang}.json`, import.meta.url), 'utf8'));
const en = catalog('en');
const es = catalog('es');

/** Counts the element's startup events from the very start of the page. */
function countEvents() {
  window.__events = { ready: 0, core: 0 };
  addEventListener('backcheck:ready', () => (window.__events.ready += 1), true);
  addEventListener('backcheck:core-ready', () => (window.__events.core += 1), true);
}
const events = (page) => page.evaluate(() => window.__events);

const progress = (page, n) => widget(page).getByText(new RegExp(`^Step ${n} of \\d+$`));
const startButton = (page, name = en['intro.start']) => widget(page).getByRole('button', { name, exact: true });

/** The part of the element that has focus, through its shadow root ('' when focus is elsewhere). */
const focusedPart = (page) =>
  page.evaluate(() => document.querySelector('back-check').shadowRoot.activeElement?.getAttribute('part') ?? '');

test.beforeEach(async ({ page }) => {
  await page.addInitScript(countEvents);
});

test('intro and a working Start while the .wasm is held; step 1 once it arrives, even after two presses', async ({ page }) => {
  const problems = watchProblems(page);
  const wasm = await hold(page, '**/widget/backcheck-core.wasm');
  await page.goto('/test/blank.html');

  await expect(widget(page).getByRole('heading', { level: 2, name: en['intro.title'] })).toBeVisible();
  await expect(startButton(page)).toBeVisible();
  expect(wasm.seen(), 'the .wasm was requested at once, then held').toBe(1);
  expect(await events(page)).toEqual({ ready: 1, core: 0 });

  // Two presses while the core is on its way: one polite status, focus stays, no step is skipped.
  await startButton(page).click();
  const status = widget(page).getByRole('status');
  await expect(status).toHaveText(en['widget.preparing']);
  await expect(startButton(page)).toHaveAttribute('aria-disabled', 'true');
  expect(await focusedPart(page)).toBe('button start');
  await startButton(page).click({ force: true }); // aria-disabled: a visitor can still press it
  await expect(status).toHaveText(en['widget.preparing']);

  wasm.release();
  await expect(heading(page)).toHaveText(en['step.safety.title']);
  await expect(heading(page)).toBeFocused();
  await expect(progress(page, 1)).toBeVisible();
  await page.waitForTimeout(200); // a second, queued press would show up here as step 2
  await expect(progress(page, 1)).toBeVisible();
  expect(await events(page)).toEqual({ ready: 1, core: 1 });
  expect(problems).toEqual([]);
});

test('a double click on Start once the core is ready opens step 1, not step 2', async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto('/test/blank.html');
  await page.waitForFunction(() => window.__events.core === 1);
  await startButton(page).dblclick();
  await expect(heading(page)).toHaveText(en['step.safety.title']);
  await page.waitForTimeout(200);
  await expect(progress(page, 1)).toBeVisible();
  expect(problems).toEqual([]);
});

test('Resume from sessionStorage is offered before the core arrives and goes to the stored step', async ({ page }) => {
  const problems = watchProblems(page);
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('backcheck:session')) sessionStorage.setItem('backcheck:session', JSON.stringify({ answers: {}, step: 2 }));
  });
  const wasm = await hold(page, '**/widget/backcheck-core.wasm');
  await page.goto('/test/blank.html');
  await expect(startButton(page, en['intro.restart'])).toBeVisible();
  await startButton(page, en['intro.resume']).click();
  await expect(widget(page).getByRole('status')).toHaveText(en['widget.preparing']);
  wasm.release();
  await expect(progress(page, 3)).toBeVisible();
  await expect(heading(page)).toBeFocused();
  expect(problems).toEqual([]);
});

test('keyboard focus on Start survives the catalog arriving late; the host page does not scroll', async ({ page }) => {
  const problems = watchProblems(page);
  const texts = await hold(page, '**/widget/locales/en.json');
  await page.goto('/test/blank.html');
  await expect(startButton(page)).toBeVisible();
  await page.keyboard.press('Tab');
  expect(await focusedPart(page)).toBe('button start');
  // Mark the button: after the catalog's re-render the focused one must be a new node.
  await widget(page).evaluate((el) => (el.shadowRoot.querySelector('[part~="start"]').dataset.before = '1'));
  const scrollY = await page.evaluate(() => scrollY);

  texts.release();
  await expect(widget(page).locator('[part~="start"][data-before]')).toHaveCount(0); // re-rendered
  expect(await focusedPart(page)).toBe('button start');
  expect(await page.evaluate(() => scrollY)).toBe(scrollY);
  await page.waitForFunction(() => window.__events.core === 1);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(en['step.safety.title']);
  expect(problems).toEqual([]);
});

test('attribute changes (a live preview) keep keyboard focus on the control that had it', async ({ page }) => {
  await page.goto('/test/blank.html');
  await page.waitForFunction(() => window.__events.core === 1);
  await startButton(page).click();
  const none = widget(page).getByRole('checkbox', { name: en['option.none'] });
  await none.focus();
  await widget(page).evaluate((el) => {
    el.setAttribute('accent', 'teal');
    el.setAttribute('clinic-name', 'Another clinic');
  });
  await expect(widget(page)).toContainText('Another clinic');
  await expect(none).toBeFocused();
});

test('the core failing after the intro is shown (Start already pressed): the notice with the phone link', async ({ page }) => {
  const problems = watchProblems(page);
  const wasm = await hold(page, '**/widget/backcheck-core.wasm');
  await page.goto('/test/blank.html');
  await startButton(page).click();
  await expect(widget(page).getByRole('status')).toHaveText(en['widget.preparing']);
  wasm.fail();
  const alert = widget(page).getByRole('alert');
  await expect(alert).toContainText(en['widget.failed']);
  await expect(alert.getByRole('link', { name: en['cta.call'].replace('{phone}', '+1 555 010 0100') })).toHaveAttribute('href', 'tel:+15550100100');
  await expect(startButton(page)).toHaveCount(0);
  expect(await events(page)).toEqual({ ready: 1, core: 0 });
  expect(problems).toEqual([]);
});

test('Spanish: header and intro from the bundled texts before es.json arrives', async ({ page }) => {
  const problems = watchProblems(page);
  const texts = await hold(page, '**/widget/locales/es.json');
  await page.goto('/test/spanish.html');
  await expect(widget(page).getByRole('heading', { level: 2, name: es['intro.title'] })).toBeVisible();
  await expect(widget(page)).toContainText(`Demo Physical Therapy · ${es['widget.title']}`);
  await expect(widget(page)).toContainText(es['intro.privacy']);
  await startButton(page, es['intro.start']).click();
  await expect(widget(page).getByRole('status')).toHaveText(es['widget.preparing']);
  expect(texts.seen(), 'es.json requested and still held').toBe(1);

  texts.release();
  await expect(heading(page)).toHaveText(es['step.safety.title']);
  await expect(widget(page).getByText(/^Paso 1 de \d+$/)).toBeVisible();
  expect(problems).toEqual([]);
});
