// The lead a clinic receives (docs/leads.md §3, docs/lead.schema.json): pure
// functions, so node tests can run them without a browser.
import { EMAIL_MAX_LENGTH, isEmail } from '../rules/email.js';
import { isPhone, PHONE_MAX_LENGTH } from '../rules/phone.js';
import type { Contact, LeadContext, Translate } from './types.js';

export const LEAD_SCHEMA_VERSION = 1;
export const LIMITS = { name: 100, email: EMAIL_MAX_LENGTH, phone: PHONE_MAX_LENGTH, note: 1000 } as const;
export const TIMES = ['any', 'morning', 'afternoon', 'evening'] as const;

export interface Consents {
  shareWithClinic: boolean;
  marketing: boolean;
}

/** A finding as the PT needs it: what, where, how it was measured, the values. */
export interface Finding {
  code: string;
  side?: string;
  motion?: string;
  grade?: string;
  confidence?: string;
  values: Record<string, unknown>;
}

export interface Lead {
  leadSchemaVersion: number;
  idempotencyKey: string;
  createdAt: string;
  locale: string;
  pageUrl: string;
  coreVersion: string;
  contact: Partial<Contact>;
  consents: Consents & { wording: { shareWithClinic: string; marketing: string } };
  triage: { level: string; reasons: string[] };
  findings: Finding[];
  scores: Record<string, unknown>;
  notAssessed: string[];
  summary: string;
  answers?: unknown;
}

/** RFC 4122 version 4; randomUUID is missing outside secure contexts. */
export function uuid(c: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string } = crypto): string {
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const x = Array.from(b, (v) => v.toString(16).padStart(2, '0')).join('');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** Field → locale key of the first problem; empty when the form may be sent (web/rules/: the widget's own e-mail and phone rules). */
export function validate(c: Contact, shareConsent: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!c.email && !c.phone) errors.email = 'lead.error.contactMissing';
  if (c.email && !isEmail(c.email)) errors.email = 'lead.error.email';
  if (c.phone && !isPhone(c.phone)) errors.phone = 'lead.error.phone';
  if (!shareConsent) errors.consent = 'lead.error.consent';
  return errors;
}

/** Only origin and path: a query string or fragment may carry someone's identifiers. */
export function pagePath(href: string): string {
  try {
    const u = new URL(href);
    return u.protocol.startsWith('http') ? u.origin + u.pathname : '';
  } catch {
    return '';
  }
}

const SCORE_NAMES: Record<string, string> = { peg: 'PEG', phq4: 'PHQ-4', phq2: 'PHQ-2', gad2: 'GAD-2' };

function scoreText(scores: Record<string, unknown>, t: Translate): string {
  const parts: string[] = [];
  const walk = (name: string, score: unknown) => {
    if (!score || typeof score !== 'object') return;
    const s = score as Record<string, unknown>;
    const value = s.score ?? s.total;
    if (value != null) {
      const band = s.band ? ` (${s.band})` : s.positive ? ` (${t('lead.summary.positive')})` : '';
      parts.push(`${SCORE_NAMES[name] ?? name} ${value}${band}`);
    }
    for (const [k, v] of Object.entries(s)) if (v && typeof v === 'object') walk(k, v);
  };
  for (const [k, v] of Object.entries(scores)) walk(k, v);
  return parts.join('; ');
}

const valuesText = (values: Record<string, unknown>): string =>
  Object.entries(values)
    .map(([k, v]) => `${k} ${typeof v === 'object' ? JSON.stringify(v) : v}`)
    .join(', ');

/** The readable block a PT scans first; codes stay codes (stable, language-neutral). */
export function summaryText(lead: Omit<Lead, 'summary'>, t: Translate, clinic: string): string {
  const c = lead.contact;
  const line = (key: string, text: string) => (text ? `${t(key)}: ${text}` : '');
  const lines = [
    t('lead.summary.title', { clinic }),
    [c.name, c.email, c.phone].filter(Boolean).join(' · '),
    line('lead.time', c.preferredTime && c.preferredTime !== 'any' ? t(`lead.time.${c.preferredTime}`) : ''),
    line('lead.summary.triage', `${lead.triage.level}${lead.triage.reasons.length ? ` (${lead.triage.reasons.join(', ')})` : ''}`),
    lead.findings.length ? `${t('lead.summary.findings')}:` : '',
    ...lead.findings.map((f) => {
      const where = [f.code, f.side, f.motion, f.grade].filter(Boolean).join(' ');
      const values = Object.keys(f.values).length ? `: ${valuesText(f.values)}` : '';
      return `- ${where}${f.confidence ? ` (${f.confidence})` : ''}${values}`;
    }),
    line('lead.summary.scores', scoreText(lead.scores, t)),
    line('lead.summary.notAssessed', lead.notAssessed.join(', ')),
    line('lead.summary.note', c.note ?? ''),
    line('lead.summary.marketing', t(lead.consents.marketing ? 'lead.summary.yes' : 'lead.summary.no')),
    `core ${lead.coreVersion} · ${lead.createdAt} · ${lead.idempotencyKey}`,
  ];
  return lines.filter(Boolean).join('\n');
}

/**
 * "What will be sent", for the visitor: the same content as the clinic's copy,
 * in their language and in words (the codes are only in the clinic's copy).
 */
export function visitorText(lead: Omit<Lead, 'summary'>, t: Translate, clinic: string): string {
  const c = lead.contact;
  const line = (key: string, text: string) => (text ? `${t(key)} ${text}` : '');
  const level = lead.triage.level;
  const lines = [
    t('lead.visitor.intro', { clinic }),
    line('lead.visitor.contact', [c.name, c.email, c.phone].filter(Boolean).join(' · ') || t('lead.visitor.none')),
    line('lead.visitor.time', t(`lead.time.${c.preferredTime ?? 'any'}`)),
    line('lead.visitor.result', t(`triage.${level}.title`)),
    lead.findings.length ? t('lead.visitor.findings') : '',
    ...lead.findings.map((f) => `- ${t(`finding.${f.code}`, { side: t(`side.${f.side ?? 'both'}`) })}`),
    Object.keys(lead.scores).length ? t('lead.visitor.scores') : '',
    line('lead.visitor.notAssessed', lead.notAssessed.map((code) => t(`notAssessed.${code}`)).join(', ')),
    line('lead.visitor.note', c.note ?? ''),
    line('lead.visitor.marketing', t(lead.consents.marketing ? 'lead.summary.yes' : 'lead.summary.no')),
    t('lead.visitor.codes'),
  ];
  return lines.filter(Boolean).join('\n');
}

const trimTo = (v: string, max: number): string => v.trim().slice(0, max);

export function buildLead(
  ctx: LeadContext,
  contact: Contact,
  consents: Consents,
  key: string,
  now: Date = new Date(),
): Lead {
  const r = ctx.result;
  const c: Partial<Contact> = {};
  for (const field of ['name', 'email', 'phone', 'note'] as const) {
    const v = trimTo(contact[field] ?? '', LIMITS[field]);
    if (v) c[field] = v;
  }
  c.preferredTime = (TIMES as readonly string[]).includes(contact.preferredTime) ? contact.preferredTime : 'any';
  const clinic = ctx.config.clinicName ?? '';
  const lead: Omit<Lead, 'summary'> & { summary?: string } = {
    leadSchemaVersion: LEAD_SCHEMA_VERSION,
    idempotencyKey: key,
    createdAt: now.toISOString(),
    locale: ctx.locale,
    pageUrl: pagePath(ctx.pageUrl),
    coreVersion: String(r.coreVersion ?? ''),
    contact: c,
    consents: {
      ...consents,
      wording: {
        shareWithClinic: ctx.t('lead.consent.share', { clinic }),
        marketing: ctx.t('lead.consent.marketing', { clinic }),
      },
    },
    triage: { level: r.triage?.level ?? String(r.outcome ?? 'not_assessed'), reasons: r.triage?.reasons ?? [] },
    findings: (r.findings ?? []).map((f) => {
      const out: Finding = { code: f.code, values: f.values ?? {} };
      for (const k of ['side', 'motion', 'grade', 'confidence'] as const) if (f[k]) out[k] = f[k];
      return out;
    }),
    scores: r.scores ?? {},
    notAssessed: r.notAssessed ?? [],
  };
  if (ctx.config.includeAnswers) lead.answers = ctx.answers;
  lead.summary = summaryText(lead, ctx.t, clinic);
  return lead as Lead;
}
