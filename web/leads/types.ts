// What the widget hands to mountLeadForm (docs/leads.md §1). ClinicConfig has
// the same field names as the element's Config (web/config.ts), so the widget
// can pass its parsed attributes as they are.
import type { Result } from '../types.js';

/** The clinic's settings, from <back-check> attributes. */
export interface ClinicConfig {
  clinicName?: string; // clinic-name
  clinicPhone?: string; // clinic-phone: tel: link and fallback
  clinicEmail?: string; // clinic-email: mailto fallback, mailto-only mode
  bookingUrl?: string; // booking-url: http(s) only
  leadEndpoint?: string; // lead-endpoint: https (http only for localhost); absent = mailto-only
  analytics: boolean; // analytics: dataLayer funnel events (off by default)
  analyticsLevels?: boolean; // analytics-levels: the triage level in backcheck_result (off by default)
  includeAnswers: boolean; // include-answers: raw answers in the lead (off by default)
}

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

export interface LeadContext {
  config: ClinicConfig;
  locale: string; // 'en' | 'es'
  t: Translate; // the widget's translator: {name} placeholders, key as last resort
  result: Result; // the core's answer (docs/contract.md §2)
  answers: unknown; // docs/contract.md §1; sent only with include-answers
  pageUrl: string; // location.href; only origin + path are sent
}

/** Test and tuning knobs; the defaults are the product's behaviour. */
export interface LeadOptions {
  minFillMs?: number; // submissions faster than this are treated as bots (default 3000)
  delivery?: Partial<DeliveryOptions>;
}

export interface DeliveryOptions {
  timeoutMs: number; // one attempt is aborted after this
  baseMs: number; // first retry delay; doubles per failure, with jitter
  capMs: number; // longest delay between attempts
  fallbackAfter: number; // failures before phone/e-mail are offered
}

export interface Contact {
  name: string;
  email: string;
  phone: string;
  preferredTime: string; // any | morning | afternoon | evening
  note: string;
}
