// The booking and call links of the results screen: inside the contact form
// (the booking link prefilled as the visitor types), or on their own when the
// form cannot mount (web/steps/results.ts). Same look, one builder.
import { h } from '../dom.js';
import { telHref } from '../rules/phone.js';
import type { Translate } from './types.js';

type Click = () => void;

/** "Book …" for the triage level, opening the clinic's booking page in a new tab. */
export const bookLink = (t: Translate, level: string, href: string, part: string, onclick: Click): HTMLAnchorElement =>
  h('a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'btn primary', part, onclick }, t(`cta.${level}.book`), h('span', { class: 'sr' }, ` ${t('cta.newTab')}`));

/** "Call <phone>", a tel: link. */
export const callLink = (t: Translate, phone: string, cls: string, part: string, onclick: Click): HTMLAnchorElement =>
  h('a', { href: telHref(phone), class: cls, part, onclick }, t('cta.call', { phone }));
