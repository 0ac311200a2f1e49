// Links out of the widget: the clinic's booking page (UTM tags, prefill where
// the scheduler documents it), tel: and mailto:. Only http(s) booking URLs are
// ever used, so a javascript: or data: URL in the configuration is dropped.
import { isEmail } from './payload.js';

export const UTM = { utm_source: 'backcheck', utm_medium: 'widget', utm_campaign: 'back_self_check' };

export function httpUrl(value: string | undefined, base?: string): URL | null {
  if (!value) return null;
  try {
    const u = new URL(value, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}

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
 * since an unknown system might log or show whatever it is given.
 */
export function bookingHref(raw: string | undefined, prefill: { name?: string; email?: string } = {}, base?: string): string | null {
  const u = httpUrl(raw, base);
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

export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** mailto: with the summary as body; long bodies are cut, as some mail apps reject long URLs. */
export function mailtoHref(to: string | undefined, subject: string, body: string): string | null {
  if (!to || !isEmail(to)) return null;
  const text = body.length > 1800 ? `${body.slice(0, 1800)}…` : body;
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}`;
}
