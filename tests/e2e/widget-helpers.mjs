// Shared by tests/e2e/widget-*.spec.mjs: drives <back-check> the way a visitor
// does (roles and visible labels, through its open shadow root), on the test
// pages in site/test/, served with the demo server's strict CSP.
import { expect } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const SCREENSHOTS = 'build/screenshots';
mkdirSync(SCREENSHOTS, { recursive: true });

export const widget = (page) => page.locator('back-check');
export const heading = (page) => widget(page).getByRole('heading', { level: 2 });

/** Problems the page reports: console errors/warnings, uncaught errors, CSP violations. */
export function watch(page) {
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

/**
 * Opens a page and waits until the widget is fully there: its first screen,
 * and the core and the catalog (backcheck:core-ready), which arrive after the
 * first paint and re-render the intro (tests/e2e/widget-startup.spec.mjs
 * covers the moments before).
 */
export async function open(page, path = '/test/blank.html') {
  await page.addInitScript(() => {
    document.addEventListener('backcheck:core-ready', () => (window.__backcheckCoreReady = true), { capture: true });
  });
  await page.goto(path);
  await expect(widget(page).getByRole('button', { name: /start|empezar|continue|continuar/i }).first()).toBeVisible();
  await page.waitForFunction(() => window.__backcheckCoreReady === true);
}

export async function start(page, name = /start the check|empezar/i) {
  await widget(page).getByRole('button', { name }).click();
  await expect(heading(page)).toBeFocused();
}

export async function next(page) {
  const before = await heading(page).textContent();
  await widget(page).getByRole('button', { name: /^(next|see my results|siguiente|ver mis resultados)$/i }).click();
  await expect(heading(page)).not.toHaveText(before ?? '');
}

export async function skip(page) {
  const before = await heading(page).textContent();
  await widget(page).getByRole('button', { name: /skip this step|saltar este paso/i }).click();
  await expect(heading(page)).not.toHaveText(before ?? '');
}

/**
 * Skips every remaining step of the widget `w` (a locator of <back-check>)
 * until the results or the emergency screen shows. It waits for each step
 * rather than reading a missing Skip button as the end: before the core
 * arrives Start shows a status line, and a re-render as the catalog arrives
 * can take the button away for a moment.
 */
export async function skipRemainingSteps(w) {
  const end = w.locator('[part~="results"], [part~="emergency"]');
  const skipButton = w.getByRole('button', { name: /^(skip this step|saltar este paso)$/i });
  const title = w.getByRole('heading', { level: 2 }).first();
  for (let step = 0; step < 15; step += 1) {
    await expect(end.or(skipButton).first()).toBeVisible({ timeout: 15_000 });
    if (await end.first().isVisible()) return;
    const before = await title.textContent();
    await skipButton.click();
    await expect(title).not.toHaveText(before ?? '');
  }
  throw new Error('still not at the results after 15 skipped steps');
}

export async function shot(page, name) {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

export const group = (page, name) => widget(page).getByRole('group', { name, exact: true });

/** The answer mode without tools: comparing in with out (rotation), saying where the thigh rests (extension). */
export const COMPARE = /^(Compare turning in with turning out|Say where the thigh rests)/;

/** Rotation or extension test for one side, answered by comparing. */
export async function compare(page, side, option) {
  const g = group(page, side);
  await g.getByRole('radio', { name: COMPARE }).check();
  await g.getByRole('radio', { name: option }).check();
}

/** Picks the picture nearest `about N°` (or the one worded `degrees`, a string) in the named picture group of one side. */
export async function picture(page, side, pickGroup, degrees) {
  const g = group(page, side);
  await g.getByRole('radio', { name: 'Pick a picture' }).check();
  await g.getByRole('group', { name: pickGroup }).getByRole('radio', { name: typeof degrees === 'string' ? degrees : `about ${degrees}°` }).check();
}

/** Emulated phone tilt: `count` identical DeviceOrientation events (steady). */
export async function tilt(page, beta, count = 10) {
  await page.evaluate(
    ([b, n]) => {
      for (let i = 0; i < n; i++) window.dispatchEvent(new DeviceOrientationEvent('deviceorientation', { alpha: 0, beta: b, gamma: 0 }));
    },
    [beta, count],
  );
}

/**
 * Measures with the phone, a helper pressing Record: start the sensor, calibrate
 * flat (first time), then tilt so the reading is `degrees` and record it. `kind` picks the geometry:
 * rotation = shin off vertical (beta = 90 - degrees), extension = thigh below horizontal (beta = -degrees).
 */
export async function measure(page, box, kind, degrees) {
  await box.getByRole('checkbox', { name: 'Someone is helping me (they press Record)' }).check();
  await box.getByRole('button', { name: 'Start the sensor' }).click();
  const calibrate = box.getByRole('button', { name: 'Calibrate' });
  const record = box.getByRole('button', { name: 'Record this angle' });
  await expect(calibrate.or(record)).toBeVisible();
  // Events are dispatched again until the widget has seen enough steady readings
  // (a loaded test machine may be slower than the widget's patience).
  if (await calibrate.isVisible()) {
    await expect(async () => {
      await tilt(page, 0.5);
      await calibrate.click({ timeout: 1000 });
      await expect(record).toBeVisible({ timeout: 1000 });
    }).toPass();
  }
  await expect(async () => {
    await tilt(page, kind === 'rotation' ? 90.5 - degrees : 0.5 - degrees);
    await expect(box.getByText('Steady: you can record now.')).toBeVisible({ timeout: 1000 });
    await expect(box.locator('output')).toHaveText(`${degrees}°`, { timeout: 500 });
  }).toPass();
  await record.click();
  await expect(box.getByText(`Recorded: ${degrees}°`)).toBeVisible();
}

/** Runs axe-core on the page (the context must bypass CSP to inject it) and returns violations. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }),
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The focused element inside the widget: tag and text, through the shadow root. */
export async function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return '';
    const label = el.closest('label')?.textContent ?? el.textContent ?? '';
    return `${el.tagName.toLowerCase()}${el.tagName === 'INPUT' ? `[${el.type}]` : ''}:${label.trim()}`;
  });
}
