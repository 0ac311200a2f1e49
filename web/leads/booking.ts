// The clinic's booking link: UTM tags (the one place they are written), and
// the visitor's name and e-mail where the scheduler documents them. Only
// addresses web/rules/url.ts accepts (https; http on this machine) are used,
// so a javascript:, data: or plain-http URL in the configuration gives no link.
import { webUrl } from '../rules/url.js';

export const UTM = { utm_source: 'backcheck', utm_medium: 'widget', utm_campaign: 'back_self_check' };

export type Scheduler = 'calendly' | 'acuity' | 'calcom' | 'generic';

export function scheduler(u: URL): Scheduler {
  const host = u.hostname.toLowerCase();
  const on = (domain: string) => host === domain || host.endsWith(`.${domain}`);
  if (on('calendly.com')) return 'calendly';
  if (on('acuityscheduling.com')) return 'acuity';
  if (on('cal.com')) return 'calcom';
  return 'generic';
}

/**
 * The booking link. Name and e-mail are added only for schedulers whose docs
 * define the parameters (docs/leads.md §2); a generic URL gets UTM tags only,
 * since an unknown system might log or show whatever it is given. The triage
 * level is health data and is never added.
 */
export function bookingHref(raw: string | undefined, prefill: { name?: string; email?: string } = {}, base?: string): string | null {
  const u = webUrl(raw, base);
  if (!u) return null;
  const q = u.searchParams;
  for (const [k, v] of Object.entries(UTM)) if (!q.has(k)) q.set(k, v);
  const name = prefill.name?.trim() ?? '';
  const email = prefill.email?.trim() ?? '';
  const set = (k: string, v: string) => v && q.set(k, v);
  switch (scheduler(u)) {
    case 'calendly':
    case 'calcom':
      set('name', name);
      set('email', email);
      break;
    case 'acuity': {
      const [first = '', ...rest] = name.split(/\s+/);
      set('firstName', first);
      set('lastName', rest.join(' '));
      set('email', email);
      break;
    }
  }
  return u.href;
}
