// The first screen: what this is, how long it takes, what happens to the
// answers. Short on purpose: it must fit the height reserved before loading.
// It is shown before the core and the catalog have arrived, so every text it
// uses is bundled (FALLBACK_KEYS in web/build.mjs).
import { h } from '../dom.js';
import type { T } from '../i18n.js';

/**
 * `preparing`: Start (or Resume) was pressed before the core was ready; the
 * status says so and the buttons wait (aria-disabled keeps them focusable).
 * The status region is always there, empty until needed, so that filling it
 * is announced. No listeners: the page may print this screen before the
 * script runs (web/element/first-screen.ts), so the element handles the
 * buttons' clicks on its shadow root, by their part (start, restart).
 */
export function renderIntro(t: T, resumable: boolean, preparing: boolean): HTMLElement {
  const waiting = preparing ? 'true' : null;
  return h(
    'section',
    { class: 'intro', part: 'intro', 'aria-labelledby': 'intro-title' },
    h('h2', { id: 'intro-title', tabindex: -1 }, t('intro.title')),
    h('p', null, t('intro.body')),
    h('p', { class: 'help' }, t('intro.privacy')),
    h('p', { class: 'status', role: 'status', part: 'status' }, preparing ? t('widget.preparing') : null),
    h(
      'div',
      { class: 'nav', part: 'nav' },
      resumable
        ? h('button', { type: 'button', class: 'btn ghost', part: 'button restart', 'aria-disabled': waiting }, t('intro.restart'))
        : null,
      h(
        'button',
        { type: 'button', class: 'btn primary', part: 'button start', 'aria-disabled': waiting },
        t(resumable ? 'intro.resume' : 'intro.start'),
      ),
    ),
  );
}

/** Start was pressed early: fills the status in place (a new node would not be announced). */
export function showPreparing(section: Element | null, t: T): void {
  const status = section?.querySelector('[part="status"]');
  if (status) status.textContent = t('widget.preparing');
  for (const button of section?.querySelectorAll('button') ?? []) button.setAttribute('aria-disabled', 'true');
}
