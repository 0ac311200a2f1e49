// The emergency screen (BRIEF §1): go now, what to say, nothing was sent or
// stored. Deliberately no booking button and no contact form here: a tap-to-call
// button for the emergency number (from the catalog: 911 for the US locales)
// and, second, the clinic's own number.
import { h } from '../dom.js';
import type { T } from '../i18n.js';
import { art } from '../art/draw.js';
import { telHref } from '../rules/phone.js';

export function renderEmergency(t: T, flags: string[], clinicPhone: string | undefined, back: () => void): HTMLElement {
  const number = t('emergency.number');
  return h(
    'section',
    { class: 'emergency', part: 'emergency', 'aria-labelledby': 'em-title' },
    art('call_emergency'),
    h('h2', { id: 'em-title', tabindex: -1 }, t('emergency.title')),
    h('p', { class: 'big' }, t('emergency.action', { number })),
    h(
      'div',
      { class: 'nav calls', part: 'nav' },
      h('a', { class: 'btn call-now', part: 'button call-emergency', href: telHref(number) }, t('emergency.call', { number })),
      clinicPhone
        ? h(
            'a',
            { class: 'btn ghost', part: 'button call', href: telHref(clinicPhone) },
            t('emergency.callClinic'),
            ' ',
            h('span', { class: 'nowrap' }, clinicPhone),
          )
        : null,
    ),
    h('h3', null, t('emergency.tell')),
    h('p', null, t('emergency.tell.pain')),
    h('ul', null, ...flags.map((code) => h('li', null, t(`redflag.${code}`))), h('li', null, t('emergency.tell.when'))),
    h('p', { class: 'help' }, t('emergency.private')),
    h('div', { class: 'nav', part: 'nav' }, h('button', { type: 'button', class: 'btn ghost', part: 'button back', onclick: back }, t('emergency.back'))),
  );
}
