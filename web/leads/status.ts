// What the visitor is told after pressing send: the status line (sending,
// retrying, sent, refused…) and, when sending is stuck or refused, the
// clinic's phone and a prepared e-mail instead (docs/leads.md §4).
import { h } from '../dom.js';
import { mailtoHref } from '../rules/email.js';
import type { Status } from './send.js';
import type { Translate } from './types.js';

export interface StatusView {
  status: HTMLElement; // part lead-status, a polite live region
  fallback: HTMLElement; // part lead-fallback: phone and e-mail instead
  say(text: string): void;
  /** Shows a delivery status; true when the lead was refused and may be corrected and sent again. */
  show(s: Status, summary: string, stored: boolean): boolean;
}

interface Clinic {
  name: string;
  email?: string;
  call?: () => HTMLElement; // a call link, when the clinic has a phone
  fallbackAfter: number; // failures before phone and e-mail are offered
}

export function statusView(t: Translate, clinic: Clinic): StatusView {
  const status = h('p', { role: 'status', 'aria-live': 'polite', part: 'lead-status' });
  const fallback = h('p', { part: 'lead-fallback', hidden: true });
  const vars = { clinic: clinic.name };
  const say = (text: string) => void (status.textContent !== text && (status.textContent = text));
  const offer = (why: string, summary: string) => {
    fallback.hidden = false;
    if (fallback.firstChild?.textContent === why) return; // rebuilding would take focus off a link
    const mail = mailtoHref(clinic.email, t('lead.summary.title', vars), summary);
    fallback.replaceChildren(why, ...(clinic.call ? [' ', clinic.call()] : []), ...(mail ? [' ', h('a', { href: mail }, t('lead.fallback.email', vars))] : []));
  };
  return {
    status,
    fallback,
    say,
    show(s, summary, stored) {
      const retrying = 'failures' in s && s.failures > 0;
      const final = s.state === 'rejected' || s.state === 'blocked';
      let text = t(`lead.status.${retrying ? 'retrying' : s.state}`, { ...vars, status: 'status' in s ? s.status : '' });
      if (!stored && s.state !== 'sent' && s.state !== 'blocked') text += ` ${t('lead.status.noStorage')}`;
      say(text);
      if (final || s.state === 'failed' || (retrying && s.failures >= clinic.fallbackAfter))
        offer(t(final ? 'lead.status.callInstead' : 'lead.status.stuck', vars), summary);
      else fallback.hidden = true;
      return s.state === 'rejected';
    },
  };
}
