// The plan on the results screen, the crisis line (severe PHQ-4 band) and the
// safety net ("get help straight away if…").
import { h } from '../dom.js';
import type { T } from '../i18n.js';
import type { Result } from '../types.js';
import { art } from '../art/draw.js';
import { telHref } from '../rules/phone.js';
import { hasPlan, section, side } from './section.js';

/**
 * The plan: general advice as a short list, then the 2–4 moves the core picked,
 * each with a drawing large enough to follow, how to do it, the dose and a
 * "stop if" line (a move is a plan code with `plan.<code>.dose` in the catalog).
 */
export function plan(result: Result, t: T): HTMLElement | null {
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
export function crisis(result: Result, t: T): HTMLElement | null {
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
export function safetyNet(result: Result, t: T): HTMLElement | null {
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
