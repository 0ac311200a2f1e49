// The element's configuration: attribute names are fixed (other parts and the
// configurator use them). Invalid values are reported, then ignored. The
// checks are the shared rules of web/rules/ (the configurator uses them too).
import { EMAIL_MAX_LENGTH, isEmail } from './rules/email.js';
import { isLocaleTag } from './rules/locales.js';
import { isPhone, PHONE_MAX_LENGTH } from './rules/phone.js';
import { webUrl } from './rules/url.js';

export const STRING_ATTRS = {
  'clinic-name': 'clinicName',
  'clinic-phone': 'clinicPhone',
  'clinic-email': 'clinicEmail',
  'booking-url': 'bookingUrl',
  'lead-endpoint': 'leadEndpoint',
  locale: 'locale',
  state: 'state',
  accent: 'accent',
  logo: 'logo',
  'direct-access-note': 'directAccessNote',
} as const;
/**
 * The longest value each text attribute may have (docs/widget.md, Configuration). Longer values
 * are ignored and named in the configuration notice, like any invalid value: a 1 MB clinic name
 * must not make the widget thousands of pixels tall. Typed by STRING_ATTRS, so a new attribute
 * cannot be added without its cap.
 */
export const MAX_LENGTH: Record<keyof typeof STRING_ATTRS, number> = {
  'clinic-name': 120, // the configurator asks for at most 80 (site/js/options.js)
  'clinic-phone': PHONE_MAX_LENGTH,
  'clinic-email': EMAIL_MAX_LENGTH,
  'booking-url': 2048,
  'lead-endpoint': 2048,
  locale: 16,
  state: 2,
  accent: 64,
  logo: 2048,
  'direct-access-note': 300,
};

// analytics-levels is separate from analytics on purpose: the triage level is health data
// (`urgent` discloses a strong red flag), so events carry it only when the clinic asks twice.
export const BOOLEAN_ATTRS = {
  analytics: 'analytics',
  'analytics-levels': 'analyticsLevels',
  'include-answers': 'includeAnswers',
} as const;

export interface Config {
  clinicName?: string;
  clinicPhone?: string;
  clinicEmail?: string;
  bookingUrl?: string;
  leadEndpoint?: string;
  locale?: string;
  state?: string;
  accent?: string;
  logo?: string;
  directAccessNote?: string;
  analytics: boolean;
  analyticsLevels: boolean; // the triage level in backcheck:result (docs/widget.md, Events)
  includeAnswers: boolean;
}

/** https, or http on this machine while testing (web/rules/url.ts). */
const url = (value: string): boolean => !!webUrl(value, document.baseURI);

type Check = (value: string) => boolean;
const CHECKS: Partial<Record<keyof Config, Check>> = {
  clinicPhone: isPhone,
  clinicEmail: isEmail,
  bookingUrl: url,
  leadEndpoint: url, // BRIEF §4: the lead endpoint must be HTTPS
  logo: url,
  locale: isLocaleTag,
  state: (v) => /^[a-z]{2}$/i.test(v), // a US state or territory code; shown as given
  accent: (v) => typeof CSS === 'object' && CSS.supports('color', v),
};

/** Reads the attributes; returns the usable configuration and the names of invalid attributes. */
export function readConfig(el: Element): { config: Config; invalid: string[] } {
  const config: Config = {
    analytics: el.hasAttribute('analytics'),
    analyticsLevels: el.hasAttribute('analytics-levels'),
    includeAnswers: el.hasAttribute('include-answers'),
  };
  const invalid: string[] = [];
  for (const [attr, prop] of Object.entries(STRING_ATTRS) as [keyof typeof STRING_ATTRS, keyof Config][]) {
    const value = el.getAttribute(attr)?.trim();
    if (!value) continue;
    if (value.length > MAX_LENGTH[attr] || (CHECKS[prop] && !CHECKS[prop]!(value))) invalid.push(attr);
    else Object.assign(config, { [prop]: value });
  }
  return { config, invalid };
}

/** Attributes and properties mirror each other; setters only write the attribute. */
export function reflectAttributes(proto: HTMLElement): void {
  for (const [attr, prop] of Object.entries(STRING_ATTRS))
    Object.defineProperty(proto, prop, {
      get(this: HTMLElement) {
        return this.getAttribute(attr);
      },
      set(this: HTMLElement, value: string | null) {
        if (value == null) this.removeAttribute(attr);
        else this.setAttribute(attr, String(value));
      },
    });
  for (const [attr, prop] of Object.entries(BOOLEAN_ATTRS))
    Object.defineProperty(proto, prop, {
      get(this: HTMLElement) {
        return this.hasAttribute(attr);
      },
      set(this: HTMLElement, value: boolean) {
        this.toggleAttribute(attr, !!value);
      },
    });
}
