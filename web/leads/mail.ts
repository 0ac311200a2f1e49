// Without a lead endpoint the form prepares an e-mail to the clinic. We cannot
// know whether a mail app opens, so the visitor is told what to do either way:
// open the e-mail, or copy the text if no mail app opened.
import { h, uid } from '../dom.js';
import { mailtoHref } from '../rules/email.js';
import type { Translate } from './types.js';

/** Fills the fallback line with the e-mail link and the text to copy; returns the link (to focus). */
export function offerMail(fallback: HTMLElement, t: Translate, clinic: { name: string; email: string }, summary: string, say: (text: string) => void): HTMLElement {
  const open = h('a', { href: mailtoHref(clinic.email, t('lead.summary.title', { clinic: clinic.name }), summary)!, class: 'btn primary', part: 'mail-link' }, t('lead.mail.open'));
  const text = h('textarea', { readonly: true, rows: 6, id: uid('bc-lead-mail-text'), part: 'mail-text', value: summary });
  const copy = () => {
    text.select();
    void navigator.clipboard?.writeText(summary).then(() => say(t('lead.mail.copied')), () => undefined);
  };
  fallback.hidden = false;
  fallback.replaceChildren(
    h('span', null, t('lead.status.mailto', { clinic: clinic.name })), ' ', open,
    h('span', { class: 'help' }, ` ${t('lead.mail.notOpened', { email: clinic.email })}`),
    h('label', { for: text.id, class: 'sr' }, t('lead.mail.textLabel')), text,
    h('button', { type: 'button', class: 'btn ghost', part: 'mail-copy', onclick: copy }, t('lead.mail.copy')),
  );
  return open;
}
