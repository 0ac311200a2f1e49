// On a 360×740 phone, at 320 px (the WCAG reflow width) and at 200% zoom
// every screen of the journey fits the width: nothing scrolls sideways.
// Screenshots of each step are kept.
import { expect, test } from '@playwright/test';
import { group, heading, next, open, shot, start, widget } from './widget-helpers.mjs';

/** Widest element inside the widget compared with the widget's own width. */
async function overflow(page) {
  return page.evaluate(() => {
    const host = document.querySelector('back-check');
    const limit = host.getBoundingClientRect().right + 0.5;
    const wide = [...host.shadowRoot.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > limit);
    return { page: document.documentElement.scrollWidth > window.innerWidth, wide: wide.map((el) => el.tagName + '.' + el.className) };
  });
}

const LAYOUTS = [
  { label: '360×740', shots: 'phone-360', use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } },
  { label: '320×640', shots: 'phone-320', use: { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true } },
  // A 1280 px wide window at 200% zoom lays out like 640 CSS px at twice the scale.
  { label: '200% zoom', shots: 'zoom-200', use: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 } },
];

for (const layout of LAYOUTS) {
  test.describe(layout.label, () => {
    test.use(layout.use);

    test('every screen fits the width', async ({ page }) => {
      await open(page);
      const name = (step) => `${layout.shots}-${step}`;
      expect(await overflow(page)).toEqual({ page: false, wide: [] });
      await shot(page, name('0-intro'));
      await start(page);
      const w = widget(page);
      await w.getByRole('checkbox', { name: 'None of these' }).check();
      for (const step of ['1-safety', '2-about']) {
        expect(await overflow(page), step).toEqual({ page: false, wide: [] });
        await shot(page, name(step));
        await next(page);
      }
      for (const mode of ['Compare', 'Pick a picture', 'Measure with my phone']) {
        await group(page, 'Left hip').getByRole('radio', { name: mode }).check();
        await group(page, 'Right hip').getByRole('radio', { name: mode }).check();
        expect(await overflow(page), `rotation ${mode}`).toEqual({ page: false, wide: [] });
        await shot(page, name(`3-rotation-${mode.split(' ')[0].toLowerCase()}`));
      }
      await group(page, 'Left hip').getByRole('radio', { name: 'Pick a picture' }).check();
      await group(page, 'Left hip').getByRole('radio', { name: 'about 10°' }).check();
      await next(page);
      await group(page, 'Left hip (left leg hanging)').getByRole('radio', { name: 'Pick a picture' }).check();
      await group(page, 'Left hip (left leg hanging)').getByRole('radio', { name: 'Thigh level with the bed' }).check();
      for (const step of ['4-extension', '5-habits', '6-phq4']) {
        expect(await overflow(page), step).toEqual({ page: false, wide: [] });
        await shot(page, name(step));
        await next(page);
      }
      await expect(heading(page)).toHaveText('A physical therapist should take a look');
      expect(await overflow(page), 'results').toEqual({ page: false, wide: [] });
      await shot(page, name('7-results'));
    });
  });
}
