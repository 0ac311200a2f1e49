// The emergency screen (BRIEF §1): go now, what to say, nothing was sent or
// stored. Deliberately no booking button and no contact form here.
import { h } from '../dom.js';
import type { T } from '../i18n.js';
import { art } from '../art/draw.js';

export function renderEmergency(t: T, flags: string[], back: () => void): HTMLElement {
  return h(
    'section',
    { class: 'emergency', part: 'emergency', 'aria-labelledby': 'em-title' },
    art('call_emergency'),
    h('h2', { id: 'em-title', tabindex: -1 }, t('emergency.title')),
    h('p', { class: 'big' }, t('emergency.action')),
    h('h3', null, t('emergency.tell')),
    h('ul', null, h('li', null, t('emergency.tell.pain')), ...flags.map((code) => h('li', null, t(`redflag.${code}`))), h('li', null, t('emergency.tell.when'))),
    h('p', { class: 'help' }, t('emergency.private')),
    h('div', { class: 'nav', part: 'nav' }, h('button', { type: 'button', class: 'btn ghost', part: 'button back', onclick: back }, t('emergency.back'))),
  );
}
