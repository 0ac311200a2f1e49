// Configuration: attributes and properties mirror each other, invalid values
// are reported inside the widget and once in the console, the element works
// from createElement and from its constructor, it reserves its height (no
// layout shift) and it is themeable with custom properties and ::part.
import { expect, test } from '@playwright/test';
import { heading, open, start, widget } from './widget-helpers.mjs';

const STRING_PROPS = {
  'clinic-name': 'clinicName',
  'clinic-phone': 'clinicPhone',
  'clinic-email': 'clinicEmail',
  'booking-url': 'bookingUrl',
  'lead-endpoint': 'leadEndpoint',
  locale: 'locale',
  state: 'state',
  accent: 'accent',
  logo: 'logo',
  'direct-access-note': 'directAccessNote',
};
const BOOLEAN_PROPS = { analytics: 'analytics', 'analytics-levels': 'analyticsLevels', 'include-answers': 'includeAnswers' };

test('every observed attribute has a mirroring property', async ({ page }) => {
  await open(page, '/test/minimal.html');
  const result = await page.evaluate(
    ([strings, booleans]) => {
      const Element = customElements.get('back-check');
      const el = new Element();
      const out = { observed: [...Element.observedAttributes].sort(), mismatches: [] };
      for (const [attr, prop] of Object.entries(strings)) {
        el[prop] = 'x1';
        if (el.getAttribute(attr) !== 'x1') out.mismatches.push(`${prop} -> ${attr}`);
        el.setAttribute(attr, 'x2');
        if (el[prop] !== 'x2') out.mismatches.push(`${attr} -> ${prop}`);
        el[prop] = null;
        if (el.hasAttribute(attr)) out.mismatches.push(`${prop}=null keeps ${attr}`);
      }
      for (const [attr, prop] of Object.entries(booleans)) {
        el[prop] = true;
        if (!el.hasAttribute(attr)) out.mismatches.push(`${prop} -> ${attr}`);
        el.removeAttribute(attr);
        if (el[prop] !== false) out.mismatches.push(`${attr} -> ${prop}`);
      }
      return out;
    },
    [STRING_PROPS, BOOLEAN_PROPS],
  );
  expect(result.observed).toEqual([...Object.keys(STRING_PROPS), ...Object.keys(BOOLEAN_PROPS)].sort());
  expect(result.mismatches).toEqual([]);
});

test('created with createElement or the constructor, configured by property', async ({ page }) => {
  await open(page, '/test/minimal.html');
  await page.evaluate(() => {
    const a = document.createElement('back-check');
    a.id = 'made-by-createElement';
    a.clinicName = 'Clinic A';
    const b = new (customElements.get('back-check'))();
    b.id = 'made-by-constructor';
    b.setAttribute('clinic-name', 'Clinic B');
    b.locale = 'es';
    document.querySelector('main').append(a, b);
  });
  await expect(page.locator('#made-by-createElement').getByText('Clinic A · Back pain self-check')).toBeVisible();
  await expect(page.locator('#made-by-constructor').getByText('Clinic B · Autoevaluación del dolor de espalda')).toBeVisible();
  // A property change re-renders in place.
  await page.evaluate(() => (document.querySelector('#made-by-constructor').locale = 'en'));
  await expect(page.locator('#made-by-constructor').getByRole('button', { name: 'Start the check' })).toBeVisible();
});

test('an invalid configuration is shown in the widget and warned once in the console', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto('/test/invalid.html');
  const alert = widget(page).getByRole('alert');
  await expect(alert).toContainText('This self-check is not set up correctly');
  for (const attr of ['lead-endpoint', 'locale', 'state', 'accent', 'logo']) await expect(alert).toContainText(attr);
  // The journey still works with the valid settings.
  await expect(widget(page).getByRole('button', { name: 'Start the check' })).toBeVisible();
  await page.evaluate(() => (document.querySelector('back-check').clinicName = 'Renamed'));
  await expect(widget(page).getByText('Renamed · Back pain self-check')).toBeVisible();
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatch(/<back-check>.*lead-endpoint.*accent/);
  expect(await widget(page).evaluate((el) => el.shadowRoot.querySelector('img'))).toBeNull();
});

test('an oversized attribute (a 1 MB clinic name) is ignored with the notice; the widget keeps its size', async ({ page }) => {
  await open(page, '/test/minimal.html');
  const before = (await widget(page).boundingBox()).height;
  await page.evaluate(() => document.querySelector('back-check').setAttribute('clinic-name', 'Riverbend '.repeat(104858)));
  const alert = widget(page).locator('[part="config-error"]');
  await expect(alert).toContainText('clinic-name');
  const after = (await widget(page).boundingBox()).height;
  expect(after, 'a notice line or two, not 669,082 px').toBeLessThan(before + 200);
  expect(await widget(page).evaluate((el) => el.shadowRoot.textContent.length)).toBeLessThan(5000);
});

test('without the analytics attribute no events are dispatched', async ({ page }) => {
  await open(page, '/test/minimal.html');
  await page.evaluate(() => {
    window.seen = [];
    for (const type of ['backcheck:step', 'backcheck:result', 'backcheck:cta']) document.addEventListener(type, () => window.seen.push(type));
  });
  await start(page);
  await widget(page).getByRole('checkbox', { name: 'None of these' }).check();
  await widget(page).getByRole('button', { name: 'Next' }).click();
  await expect(heading(page)).toHaveText('About your pain');
  expect(await page.evaluate(() => window.seen)).toEqual([]);
});

for (const [page_, width] of [['blank', 1280], ['blank', 320], ['spanish', 320]])
test(`the reserved height means no layout shift while the widget loads (${page_}, ${width} px)`, async ({ page }) => {
  await page.setViewportSize({ width, height: 800 });
  await page.addInitScript(() => {
    window.shift = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.shift += e.value))).observe({ type: 'layout-shift', buffered: true });
  });
  // Hold the widget's script back so the page renders first with the element undefined.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/widget/back-check.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/test/${page_}.html`, { waitUntil: 'commit' });
  await expect(page.locator('#after')).toBeVisible();
  // As the page first renders: its own stylesheet (with the reserved height) in. A layout taken
  // before it has arrived is one the browser never paints (CI measured #after there once).
  await page.waitForFunction(() => [...document.querySelectorAll('link[rel="stylesheet"]')].every((link) => link.sheet));
  expect(await page.evaluate(() => customElements.get('back-check'))).toBeUndefined();
  const before = await page.locator('#after').boundingBox();
  release();
  await expect(widget(page).getByRole('button', { name: /Start the check|Empezar/ })).toBeVisible();
  const after = await page.locator('#after').boundingBox();
  expect(after.y).toBe(before.y);
  expect(await page.evaluate(() => window.shift)).toBe(0);
});

test('themeable with custom properties and ::part', async ({ page }) => {
  await open(page, '/test/themed.html');
  const start = widget(page).getByRole('button', { name: 'Start the check' });
  const [bg, transform, radius, font] = await start.evaluate((el) => {
    const s = getComputedStyle(el);
    return [s.backgroundColor, s.textTransform, s.borderTopLeftRadius, s.fontFamily];
  });
  expect(bg).toBe('rgb(91, 42, 134)');
  expect(transform).toBe('uppercase');
  expect(radius).toBe('1px');
  expect(font).toMatch(/Georgia/);
  // The accent attribute works too; the page's custom property, being the host's own style, wins over it.
  await page.evaluate(() => document.querySelector('back-check').setAttribute('accent', '#a33'));
  await expect.poll(() => start.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(91, 42, 134)');
  await page.goto('/test/blank.html');
  await page.evaluate(() => document.querySelector('back-check').setAttribute('accent', '#a33'));
  await expect.poll(() => widget(page).getByRole('button', { name: 'Start the check' }).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(170, 51, 51)');
});
