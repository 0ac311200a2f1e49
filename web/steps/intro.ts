// The first screen: what this is, how long it takes, what happens to the
// answers. Short on purpose: it must fit the height reserved before loading.
import { h } from '../dom.js';
import type { T } from '../i18n.js';

export function renderIntro(t: T, resumable: boolean, start: () => void, restart: () => void): HTMLElement {
  return h(
    'section',
    { class: 'intro', part: 'intro', 'aria-labelledby': 'intro-title' },
    h('h2', { id: 'intro-title', tabindex: -1 }, t('intro.title')),
    h('p', null, t('intro.body')),
    h('p', { class: 'help' }, t('intro.privacy')),
    h(
      'div',
      { class: 'nav', part: 'nav' },
      resumable ? h('button', { type: 'button', class: 'btn ghost', part: 'button restart', onclick: restart }, t('intro.restart')) : null,
      h('button', { type: 'button', class: 'btn primary', part: 'button start', onclick: start }, t(resumable ? 'intro.resume' : 'intro.start')),
    ),
  );
}
