// One protocol step: progress, heading (focused on arrival), its questions,
// and Back / Skip / Next. Nothing here is required: every step can be skipped.
import { h } from '../dom.js';
import type { Step } from '../types.js';
import type { StepContext } from './context.js';
import { renderQuestion } from './questions.js';
import { linkQuestions, type Rendered } from './links.js';
import { art } from '../art/draw.js';

/** Each returns a message (catalog key) when the step cannot be left that way yet. */
export interface StepNav {
  back(): string | void;
  skip(): string | void;
  next(): string | void;
}

export function renderStep(step: Step, index: number, total: number, ctx: StepContext, nav: StepNav): HTMLElement {
  const { t } = ctx;
  const title = t(`step.${step.id}.title`);
  const intro = `step.${step.id}.intro`;
  const notice = h('p', { class: 'notice', role: 'alert', part: 'step-notice', hidden: true });
  // A refused move says why, next to the buttons, and leaves focus on the first answer.
  const go = (move: () => string | void) => () => {
    const key = move();
    notice.hidden = !key;
    notice.textContent = key ? t(key) : '';
    if (key) form.querySelector<HTMLElement>('input')?.focus();
  };
  const rendered: Rendered[] = step.questions.map((q) => ({ q, el: renderQuestion(q, ctx) }));
  for (const { q, el } of rendered) el.setAttribute('data-q', q.id);
  const form = h(
    'form',
    {
      class: 'step',
      part: 'step',
      'data-step': step.id,
      novalidate: true,
      'aria-labelledby': 'step-title',
      onsubmit: (event: Event) => {
        event.preventDefault();
        // Numbers outside their range stay on the page with their message.
        if (!form.querySelector('[aria-invalid="true"]')) go(nav.next)();
        else form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      },
    },
    h(
      'div',
      { class: 'progress', part: 'progress' },
      h('span', { id: 'progress-label' }, t('nav.progress', { n: t.num(index + 1), total: t.num(total) })),
      h('progress', { value: index + 1, max: total, 'aria-labelledby': 'progress-label' }),
    ),
    h('h2', { id: 'step-title', tabindex: -1 }, title),
    art(`step_${step.id}`),
    t.has(`step.${step.id}.time`) ? h('p', { class: 'time', part: 'step-time' }, t(`step.${step.id}.time`)) : null,
    t.has(intro) ? h('p', { class: 'lead' }, t(intro)) : null,
    // Step-by-step instructions (the hip tests): one catalog string, a line per step.
    t.has(`step.${step.id}.how`) ? h('ol', { class: 'how', part: 'how' }, ...t(`step.${step.id}.how`).split('\n').map((line) => h('li', null, line))) : null,
    ...rendered.map((r) => r.el),
    notice,
    h(
      'div',
      { class: 'nav', part: 'nav' },
      h('button', { type: 'button', class: 'btn ghost', part: 'button back', onclick: go(nav.back) }, t('nav.back')),
      h('button', { type: 'button', class: 'btn ghost', part: 'button skip', onclick: go(nav.skip) }, t('nav.skip')),
      h('button', { type: 'submit', class: 'btn primary', part: 'button next' }, t(index + 1 === total ? 'nav.results' : 'nav.next')),
    ),
  );
  linkQuestions(form, rendered, ctx);
  return form;
}
