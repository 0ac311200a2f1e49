// Renders one protocol question by its type (docs/contract.md §3). The text
// for every id comes from the locale catalog, never from the protocol.
import { h, uid } from '../dom.js';
import type { Question } from '../types.js';
import type { StepContext } from './context.js';
import { choice, fieldset, radios } from './controls.js';
import { renderMotion } from './motion.js';

const numbered = (el: HTMLElement, on: boolean): HTMLElement => (on && el.classList.add('nums'), el);

function help(ctx: StepContext, q: Question): string | null {
  const key = `question.${q.id}.help`;
  return ctx.t.has(key) ? ctx.t(key) : null;
}

export function renderQuestion(q: Question, ctx: StepContext): HTMLElement {
  const { t } = ctx;
  const label = t(`question.${q.id}.label`);
  const option = (value: string | number) => t(`option.${q.id}.${value}`);
  switch (q.type) {
    case 'checklist': {
      const name = uid(q.id);
      const boxes: HTMLInputElement[] = [];
      const current = ctx.get(q.path) as string[] | undefined;
      const update = (changed: HTMLInputElement) => {
        const none = changed.value === '';
        for (const box of boxes) if (changed.checked && (box.value === '') !== none) box.checked = false;
        const ticked = boxes.filter((b) => b.checked);
        ctx.set(q.path, ticked.length ? ticked.map((b) => b.value).filter(Boolean) : undefined);
      };
      const items = (q.options ?? []).map((o) => choice('checkbox', name, option(o.value), !!current?.includes(o.value), update, o.value));
      if (q.none) items.push(choice('checkbox', name, t('option.none'), !!current && !current.length, update));
      items.forEach((l) => boxes.push(l.querySelector('input')!));
      return fieldset(label, help(ctx, q), h('div', { class: 'choices' }, ...items));
    }
    case 'single':
      return fieldset(
        label,
        help(ctx, q),
        radios(uid(q.id), (q.options ?? []).map((o) => ({ value: o.value, label: option(o.value) })), ctx.get(q.path), (v) => ctx.set(q.path, v)),
      );
    case 'number':
      return numberField(q, label, help(ctx, q), ctx);
    case 'scale_group': {
      const min = q.minInclusive ?? 0;
      const max = q.maxInclusive ?? 10;
      const values = Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
      const named = t.has(`option.${q.id}.${min}`); // worded answers (PHQ-4) or bare numbers (PEG)
      return fieldset(
        label,
        help(ctx, q),
        ...(q.items ?? []).map((item) =>
          h(
            'fieldset',
            { class: 'scale', part: 'scale' },
            h('legend', null, t(`question.${q.id}.${item}`)),
            numbered(
              radios(
                uid(q.id),
                values.map((v) => ({ value: v, label: named ? option(v) : t.num(Number(v)) })),
                ctx.get(`${q.path}/${item}`),
                (v) => ctx.set(`${q.path}/${item}`, Number(v)),
              ),
              !named,
            ),
          ),
        ),
      );
    }
    case 'rotation':
    case 'extension':
      return renderMotion(q, ctx);
    default:
      // A newer core may add a type this widget does not know: say so, keep going.
      return h('p', { class: 'help' }, t('question.unsupported'));
  }
}

function numberField(q: Question, label: string, helpText: string | null, ctx: StepContext): HTMLElement {
  const { t } = ctx;
  const id = uid(q.id);
  const msgId = `${id}-msg`;
  const min = q.minInclusive ?? 0;
  const max = q.maxInclusive ?? 1000;
  // Sent as typed, to the precision the protocol declares: rounding 3.5 weeks to 4
  // could cross a rule's threshold. A whole-number question refuses decimals instead.
  const whole = q.integer === true;
  const scale = 10 ** (whole ? 0 : q.decimals ?? 0);
  const current = ctx.get(q.path);
  const msg = h('p', { id: msgId, class: 'error', 'aria-live': 'polite' });
  const input = h('input', {
    id,
    type: 'number',
    inputmode: whole ? 'numeric' : 'decimal',
    min,
    max,
    step: whole ? 1 : 'any',
    value: current ?? '',
    'aria-describedby': helpText ? `${msgId} ${id}-help` : msgId,
  });
  input.addEventListener('input', () => {
    const raw = input.value.trim();
    const value = Number(raw);
    const inRange = raw !== '' && Number.isFinite(value) && value >= min && value <= max;
    const ok = inRange && (!whole || Number.isInteger(value));
    input.setAttribute('aria-invalid', String(raw !== '' && !ok));
    msg.textContent = raw === '' || ok ? '' : inRange ? t('error.whole') : t('error.range', { min: t.num(min), max: t.num(max) });
    ctx.set(q.path, ok ? Math.round(value * scale) / scale : undefined);
  });
  const unit = q.unit ? t(`unit.${q.unit}`) : '';
  return h(
    'div',
    { class: 'q', part: 'question' },
    h('label', { for: id, class: 'label' }, label),
    helpText ? h('p', { class: 'help', id: `${id}-help` }, helpText) : null,
    h('div', { class: 'num' }, input, unit ? h('span', { 'aria-hidden': 'true' }, unit) : null),
    msg,
  );
}
