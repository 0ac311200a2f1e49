// Results: headline by triage level, findings with evidence and confidence,
// the chart, the plan, what to watch for, the clinic's call to action, the
// direct-access sentence, print, and the place where the contact form mounts.
import { h } from '../dom.js';
import type { T } from '../i18n.js';
import type { Config } from '../config.js';
import type { Answers } from '../store.js';
import type { Protocol, Result } from '../types.js';
import { bookingHref } from '../leads/booking.js';
import { bookLink, callLink } from '../leads/cta.js';
import { mailtoHref } from '../rules/email.js';
import { chart, rows } from './chart.js';
import { findingsSection } from './findings.js';
import { crisis, plan, safetyNet } from './plan.js';
import { printSummary } from './print.js';
import { hasPlan, section } from './section.js';

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
      minor && config.clinicPhone ? h('div', { class: 'nav' }, call(ctx)) : null,
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
    h('p', { class: 'help' }, config.directAccessNote ?? t('results.directAccess', { state: config.state ? t('results.yourState', { state: stateName(t, config.state) }) : t('results.aState') })),
    h(
      'p',
      { class: 'help' },
      t('results.disclaimer'),
      // The core's version is for the clinic: on the printed summary, not on the screen.
      result.coreVersion ? h('span', { class: 'printonly', part: 'print-footer' }, ` ${t('results.version', { version: result.coreVersion })}`) : '',
    ),
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
  void ctx.mountLead(lead, result).then((mounted) => !mounted && links.prepend(...ownLinks(level, ctx)));
  return root;
}

/** The state's name in the visitor's language (the code only if the catalog has no name). */
const stateName = (t: T, code: string): string => (t.has(`state.${code.toUpperCase()}`) ? t(`state.${code.toUpperCase()}`) : code.toUpperCase());

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

const bothLegs = (result: Result): boolean => !!result.findings?.some((f) => f.code === 'radiating_leg_pain' && f.side === 'both');

/** Why the result is what it is, in plain words: the warning signs the visitor told us about. */
function why(result: Result, level: string, t: T): HTMLElement | null {
  const reasons = (result.triage?.reasons ?? []).filter((code) => t.has(`reason.${code}`));
  const items = reasons.map((code) => h('li', null, t(`reason.${code}`)));
  if (level === 'urgent' && bothLegs(result)) items.push(h('li', null, t('reason.both_legs')));
  if (!items.length) return null;
  return section(t('results.why'), h('ul', { class: 'reasons' }, ...items), h('p', { class: 'help' }, t(`results.why.${level === 'urgent' ? 'urgent' : 'other'}`)));
}

const call = (ctx: ResultsContext): HTMLElement => callLink(ctx.t, ctx.config.clinicPhone!, 'btn ghost', 'button call', () => ctx.cta('call'));

/** Booking, call and e-mail links, used when the contact form (which has its own, and is the one e-mail action) is unavailable. */
function ownLinks(level: string, ctx: ResultsContext): HTMLElement[] {
  const { t, config } = ctx;
  const booking = bookingHref(config.bookingUrl, {}, document.baseURI); // UTM tags only: the triage level is health data
  const mail = mailtoHref(config.clinicEmail);
  return [
    ...(booking ? [bookLink(t, level, booking, 'button book', () => ctx.cta('book'))] : []),
    ...(config.clinicPhone ? [call(ctx)] : []),
    ...(mail ? [h('a', { class: 'btn ghost', part: 'button email', href: mail, onclick: () => ctx.cta('email') }, t('cta.email', { email: config.clinicEmail! }))] : []),
  ];
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
    h('div', { class: 'nav' }),
  );
}
