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
  void ctx.mountLead(lead, result).then((mounted) => !mounted && links.prepend(...bookAndCall(level, ctx), ...emailLink(ctx)));
  return root;
}

const side = (t: T, code?: string): string => t(`side.${code ?? 'both'}`);

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

const GROUPS = ['about', 'hip_rotation', 'hip_extension', 'habits', 'phq4'] as const;

// What matters most first: leg pain and worsening, then the hip findings most
// linked with back pain, then impact and mood, then history and habits.
const ORDER = [
  'radiating_leg_pain', 'worsening', 'hip_ir_limited_bilateral', 'hip_ir_limited_unilateral', 'high_pain_impact', 'distress_positive',
  'hip_rotation_asymmetry', 'hip_er_limited', 'hip_extension_limited', 'chronic_duration', 'recurrent_episodes', 'weak_bridge', 'prolonged_sitting',
];
const SHOWN = 3;
const rank = (f: Finding): number => (ORDER.indexOf(f.code) + ORDER.length + 1) % (ORDER.length + 1); // unknown codes last

function findingsSection(result: Result, level: string, t: T): HTMLElement | null {
  if (result.findings?.length) {
    const sorted = [...result.findings].sort((a, b) => rank(a) - rank(b));
    const more = sorted.slice(SHOWN);
    return section(
      t('results.findings'),
      h('ul', { class: 'findings' }, ...sorted.slice(0, SHOWN).map((f) => finding(f, t))),
      more.length
        ? h('details', { class: 'more', part: 'more-findings' }, h('summary', null, t('results.moreDetails', { n: t.num(more.length) })), h('ul', { class: 'findings' }, ...more.map((f) => finding(f, t))))
        : null,
      evidenceNote(sorted, t),
    );
  }
  // Under an urgent headline the reasons say it all: never "nothing stands out".
  if (level === 'urgent') return null;
  const skipped = GROUPS.filter((g) => result.notAssessed?.includes(g)).length;
  return section(t('results.findings'), h('p', null, t(skipped >= GROUPS.length - 1 ? 'results.littleAssessed' : 'results.noFindings')));
}

/**
 * The plan: general advice as a short list, then the 2–4 moves the core picked,
 * each with a drawing large enough to follow, how to do it, the dose and a
 * "stop if" line (a move is a plan code with `plan.<code>.dose` in the catalog).
 */
function plan(result: Result, t: T): HTMLElement | null {
  const items = (result.plan ?? []).filter((p) => p.code !== 'crisis_line'); // shown first, on its own (crisis())
  if (!items.length) return null;
  const isMove = (code: string): boolean => t.has(`plan.${code}.dose`);
  const advice = items.filter((p) => !isMove(p.code));
  const moves = items.filter((p) => isMove(p.code));
  return section(
    t('results.plan'),
    advice.length
      ? h(
          'ul',
          { class: 'plan' },
          ...advice.map((p) => h('li', null, art(p.code) ?? h('span', { class: 'art' }), h('span', null, t(`plan.${p.code}`, { side: side(t, p.side) })))),
        )
      : null,
    moves.length ? h('h4', null, t('results.moves')) : null,
    moves.length
      ? h(
          'ol',
          { class: 'moves', part: 'moves' },
          ...moves.map((p) => {
            const vars = { side: side(t, p.side), knee: t(`plan.knee.${p.side ?? 'both'}`) };
            return h(
              'li',
              { class: 'move', part: 'move', 'data-plan': p.code },
              art(p.code),
              h(
                'div',
                null,
                h('p', { class: 'move-name' }, t(`plan.${p.code}.name`, vars)),
                h('p', null, t(`plan.${p.code}`, vars)),
                h('p', { part: 'dose' }, h('strong', null, t('plan.dose')), ' ', t(`plan.${p.code}.dose`, vars)),
                h('p', { part: 'stop-if' }, h('strong', null, t('plan.stopIf')), ' ', t(`plan.${p.code}.stop`, vars)),
              ),
            );
          }),
        )
      : null,
  );
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
  return h('li', null, t(findingKey(f, t), { side: side(t, f.side) }));
}

/**
 * How sure this is, said once under the list instead of on every line: the
 * weakest evidence behind any finding, and how the hip answers were taken
 * (the least precise way used).
 */
function evidenceNote(findings: Finding[], t: T): HTMLElement {
  const levels = ['very_low', 'low', 'moderate'];
  const weakest = findings.filter((f) => f.evidence).reduce((low, f) => Math.min(low, levels.indexOf(f.evidence!)), levels.length - 1);
  const ways = ['self_reported', 'estimated', 'measured'];
  const hip = findings.filter((f) => f.confidence && f.code.startsWith('hip_')).reduce((low, f) => Math.min(low, ways.indexOf(f.confidence!)), ways.length);
  return h(
    'p',
    { class: 'help', part: 'evidence' },
    t(`results.evidence.${levels[weakest] ?? 'very_low'}`),
    hip < ways.length ? ` ${t(`results.confidence.${ways[hip]}`)}` : '',
  );
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
    h('div', { class: 'nav' }),
  );
}

/** The clinic's e-mail, when the contact form (which is the one e-mail action) is unavailable. */
function emailLink(ctx: ResultsContext): HTMLElement[] {
  const { t, config } = ctx;
  if (!config.clinicEmail) return [];
  return [h('a', { class: 'btn ghost', part: 'button email', href: `mailto:${config.clinicEmail}`, onclick: () => ctx.cta('email') }, t('cta.email', { email: config.clinicEmail }))];
}
