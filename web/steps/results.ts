// Results: headline by triage level, findings with evidence and confidence,
// the chart, the plan, what to watch for, the clinic's call to action, the
// direct-access sentence, print, and the place where the contact form mounts.
import { h } from '../dom.js';
import type { T } from '../i18n.js';
import type { Config } from '../config.js';
import type { Answers } from '../store.js';
import type { Finding, Protocol, Result } from '../types.js';
import { art } from '../art/draw.js';
import { chart, rows } from './chart.js';
import { printSummary } from './print.js';
import { telHref } from '../leads/booking.js';

export interface ResultsContext {
  t: T;
  config: Config;
  protocol: Protocol;
  answers: Answers;
  back(): void;
  restart(): void;
  cta(action: string): void;
  announce(text: string): void;
  /** Mounts the contact form (web/leads/) into the container; resolves true once it is there. */
  mountLead(container: HTMLElement, result: Result): Promise<boolean>;
}

const section = (title: string, ...kids: (Node | null)[]): HTMLElement => h('section', { class: 'block' }, h('h3', null, title), ...kids);

export function renderResults(result: Result, ctx: ResultsContext): HTMLElement {
  const { t, config } = ctx;
  const level = result.triage?.level;
  const nav = h(
    'div',
    { class: 'nav noprint', part: 'nav' },
    h('button', { type: 'button', class: 'btn ghost', part: 'button back', onclick: ctx.back }, t('nav.back')),
    h('button', { type: 'button', class: 'btn ghost', part: 'button restart', onclick: ctx.restart }, t('results.restart')),
  );
  if (!level) {
    // Under 18 or answers the core rejected: say so, offer to go back.
    const minor = result.outcome === 'adults_only';
    const key = minor ? 'results.adultsOnly' : 'results.invalid';
    ctx.announce(t(key));
    return h(
      'section',
      { class: 'results', part: 'results' },
      h('h2', { tabindex: -1 }, t(key)),
      minor ? h('p', null, t('results.adultsOnly.body', { clinic: config.clinicName ?? t('cta.theClinic') })) : null,
      minor && config.clinicPhone ? h('div', { class: 'nav' }, callLink(ctx)) : null,
      plan(result, t),
      minor ? safetyNet(result, t) : null,
      nav,
    );
  }
  const headline = t(`triage.${level}.title`);
  ctx.announce(headline);
  const data = rows(ctx.protocol, ctx.answers, t);
  const lead = h('div', { class: 'lead-box noprint', part: 'lead', 'data-backcheck-lead': '' });
  const root = h(
    'section',
    { class: `results ${level}`, part: 'results', 'aria-labelledby': 'res-title' },
    h(
      'div',
      { class: 'headline', part: 'headline' },
      h('h2', { id: 'res-title', tabindex: -1 }, headline),
      h('p', null, t(`triage.${level}.body`)),
      assurance(result, level, t),
    ),
    crisis(result, t),
    why(result, level, t),
    findingsSection(result, level, t),
    data.length ? section(t('chart.title'), chart(data, t)) : null,
    plan(result, t),
    safetyNet(result, t),
    result.notAssessed?.length
      ? h('p', { class: 'help' }, t('results.notAssessed', { list: result.notAssessed.map((c) => t(`notAssessed.${c}`)).join(', ') }))
      : null,
    callToAction(level, ctx, lead),
    h('p', { class: 'help' }, config.directAccessNote ?? t('results.directAccess', { state: config.state ? t('results.yourState', { state: config.state.toUpperCase() }) : t('results.aState') })),
    h('p', { class: 'help' }, t('results.disclaimer'), result.coreVersion ? ` (${t('results.version', { version: result.coreVersion })})` : ''),
    h(
      'div',
      { class: 'nav noprint' },
      h('button', { type: 'button', class: 'btn ghost', part: 'button print', onclick: () => (ctx.cta('print'), printSummary(root)) }, t('results.print')),
    ),
    nav,
  );
  // The form brings its own booking and call links (prefilled where it can):
  // ours appear only if the form's script could not be loaded.
  const links = root.querySelector<HTMLElement>('.cta .nav')!;
  void ctx.mountLead(lead, result).then((mounted) => !mounted && links.prepend(...bookAndCall(level, ctx)));
  return root;
}

const side = (t: T, code?: string): string => t(`side.${code ?? 'both'}`);

/** The sentence under the headline that says what was, or was not, checked. */
function assurance(result: Result, level: string, t: T): HTMLElement | null {
  const reasons = result.triage?.reasons ?? [];
  // The core never says self-care when the warning-sign checklist was skipped (rule TR-5),
  // and a skipped checklist is never reported as "no urgent warning signs".
  if (reasons.includes('safety_not_assessed')) return h('p', null, t('results.safetyNotAssessed'));
  if (level === 'pt_evaluation' && !result.redFlags?.length && !bothLegs(result) && !hasPlan(result, 'crisis_line'))
    return h('p', null, t('results.noWarningSigns'));
  return null;
}

const hasPlan = (result: Result, code: string): boolean => !!result.plan?.some((p) => p.code === code);

const bothLegs = (result: Result): boolean => !!result.findings?.some((f) => f.code === 'radiating_leg_pain' && f.side === 'both');

/** Why the result is what it is, in plain words: the warning signs the visitor told us about. */
function why(result: Result, level: string, t: T): HTMLElement | null {
  const reasons = (result.triage?.reasons ?? []).filter((code) => t.has(`reason.${code}`));
  const items = reasons.map((code) => h('li', null, t(`reason.${code}`)));
  if (level === 'urgent' && bothLegs(result)) items.push(h('li', null, t('reason.both_legs')));
  if (!items.length) return null;
  return section(t('results.why'), h('ul', { class: 'reasons' }, ...items), h('p', { class: 'help' }, t(`results.why.${level === 'urgent' ? 'urgent' : 'other'}`)));
}

const GROUPS = ['about', 'hip_rotation', 'hip_extension', 'habits', 'phq4'];

function findingsSection(result: Result, level: string, t: T): HTMLElement | null {
  if (result.findings?.length) return section(t('results.findings'), h('ul', { class: 'findings' }, ...result.findings.map((f) => finding(f, t))));
  // Under an urgent headline the reasons say it all: never "nothing stands out".
  if (level === 'urgent') return null;
  const skipped = GROUPS.filter((g) => result.notAssessed?.includes(g)).length;
  return section(t('results.findings'), h('p', null, t(skipped >= GROUPS.length - 1 ? 'results.littleAssessed' : 'results.noFindings')));
}

function plan(result: Result, t: T): HTMLElement | null {
  return result.plan?.length
    ? section(
        t('results.plan'),
        h(
          'ul',
          { class: 'plan' },
          ...result.plan
            .filter((p) => p.code !== 'crisis_line') // shown first, on its own (crisis())
            .map((p) =>
              h(
                'li',
                null,
                art(p.code) ?? h('span', { class: 'art' }), // keeps the text in its column
                h('span', null, t(`plan.${p.code}`, { side: side(t, p.side) })),
              ),
            ),
        ),
      )
    : null;
}

/**
 * The severe PHQ-4 band (plan `crisis_line`): the 988 Suicide & Crisis Lifeline,
 * call or text, right under the headline rather than after the exercises.
 */
function crisis(result: Result, t: T): HTMLElement | null {
  if (!hasPlan(result, 'crisis_line')) return null;
  const number = t('crisis.number');
  return h(
    'section',
    { class: 'block crisis', part: 'crisis' },
    h('p', null, t('plan.crisis_line')),
    h(
      'div',
      { class: 'nav' },
      h('a', { class: 'btn primary', part: 'button crisis-call', href: telHref(number) }, t('crisis.call', { number })),
      h('a', { class: 'btn ghost', part: 'button crisis-text', href: `sms:${number}` }, t('crisis.text', { number })),
    ),
  );
}

/** "Get help straight away if these appear" (emergency signs) and "see a doctor soon if" (strong signs). */
function safetyNet(result: Result, t: T): HTMLElement | null {
  const list = (codes: string[]) => h('ul', { class: 'net' }, ...codes.map((c) => h('li', null, t(`redflag.${c}`))));
  const now = result.watchFor ?? [];
  const soon = result.seeDoctorIf ?? [];
  if (!now.length && !soon.length) return null;
  return section(
    t('results.watch'),
    now.length ? h('p', null, t('results.watch.intro', { number: t('emergency.number') })) : null,
    now.length ? list(now) : null,
    soon.length ? h('p', null, t('results.seeDoctor.intro')) : null,
    soon.length ? list(soon) : null,
  );
}

/**
 * A finding in words. Answers given by comparing (no degrees) are worded as
 * what the visitor reported; picture answers as pictures; both legs and the
 * plan-only extension grade have their own sentences.
 */
function findingKey(f: Finding, t: T): string {
  const values = Object.keys(f.values ?? {});
  const variant =
    f.code === 'radiating_leg_pain' && f.side === 'both'
      ? 'both'
      : f.grade === 'below_typical'
        ? 'below_typical'
        : values.some((k) => /compare$|^thigh$/i.test(k))
          ? 'reported'
          : values.includes('bandsApart')
            ? 'pictures'
            : '';
  const key = `finding.${f.code}${variant ? `.${variant}` : ''}`;
  return t.has(key) ? key : `finding.${f.code}`;
}

function finding(f: Finding, t: T): HTMLElement {
  const meta = [f.evidence ? t('evidence.label', { level: t(`evidence.${f.evidence}`) }) : '', f.confidence ? t(`confidence.${f.confidence}`) : '']
    .filter(Boolean)
    .join(' · ');
  return h('li', null, h('span', null, t(findingKey(f, t), { side: side(t, f.side) })), meta ? h('small', null, meta) : null);
}

function callLink(ctx: ResultsContext): HTMLElement {
  const { t, config } = ctx;
  return h('a', { class: 'btn ghost', part: 'button call', href: telHref(config.clinicPhone!), onclick: () => ctx.cta('call') }, t('cta.call', { phone: config.clinicPhone! }));
}

/** Booking and call links, used when the contact form (which has its own) is unavailable. */
function bookAndCall(level: string, ctx: ResultsContext): HTMLElement[] {
  const { t, config } = ctx;
  const links: HTMLElement[] = [];
  if (config.bookingUrl) {
    const url = new URL(config.bookingUrl, document.baseURI);
    // Source tags only: the triage level is health data and stays in the browser.
    url.searchParams.set('utm_source', 'backcheck');
    url.searchParams.set('utm_medium', 'widget');
    url.searchParams.set('utm_campaign', 'back_self_check'); // as web/leads/booking.ts
    const a = h('a', { class: 'btn primary', part: 'button book', href: url.href, target: '_blank', rel: 'noopener noreferrer', onclick: () => ctx.cta('book') }, t(`cta.${level}.book`), h('span', { class: 'sr' }, ` ${t('cta.newTab')}`));
    links.push(a);
  }
  if (config.clinicPhone) links.push(callLink(ctx));
  return links;
}

/** The clinic's call to action; the contact form (booking and call links first) mounts inside it. */
function callToAction(level: string, ctx: ResultsContext, lead: HTMLElement): HTMLElement {
  const { t, config } = ctx;
  const name = config.clinicName ?? t('cta.theClinic');
  return h(
    'section',
    { class: 'cta block', part: 'cta' },
    h('h3', null, t(`cta.${level}.title`)),
    h('p', null, t(`cta.${level}.body`, { clinic: name })),
    lead,
    h(
      'div',
      { class: 'nav' },
      config.clinicEmail
        ? h('a', { class: 'btn ghost', part: 'button email', href: `mailto:${config.clinicEmail}`, onclick: () => ctx.cta('email') }, t('cta.email', { email: config.clinicEmail }))
        : null,
    ),
  );
}
