// Answers on one step that depend on each other, kept consistent while the
// visitor answers (the core refuses the contradictions: conflicting_answers):
// - a question with `skipWhen` is hidden, and its answer dropped, while the
//   other answer says so (no "which leg?" when the pain is in the back only);
// - typed weeks pick their duration band, and a band picked afterwards that
//   does not hold the typed weeks clears them.
import { getAt } from '../store.js';
import type { Question } from '../types.js';
import type { StepContext } from './context.js';

export type Rendered = { q: Question; el: HTMLElement };

const bandsOf = (q: Question) => (q.options ?? []).filter((o) => typeof o.minWeeks === 'number' && typeof o.maxWeeks === 'number');

/** The band that holds `weeks`: the lower one on a shared edge is not chosen (4 weeks is "4 to 6"). */
function bandFor(q: Question, weeks: number): string | undefined {
  const bands = bandsOf(q);
  return bands.find((b, i) => weeks >= b.minWeeks! && (weeks < b.maxWeeks! || i === bands.length - 1))?.value;
}

export function linkQuestions(root: HTMLElement, rendered: Rendered[], ctx: StepContext): void {
  const byId = new Map(rendered.map((r) => [r.q.id, r]));
  const band = rendered.find((r) => bandsOf(r.q).length > 0);
  const weeks = rendered.find((r) => r.q.type === 'number' && r.q.unit === 'week');

  const applySkips = (): void => {
    for (const { q, el } of rendered) {
      if (!q.skipWhen) continue;
      const skipped = getAt(ctx.answers, q.skipWhen.path) === q.skipWhen.equals;
      el.hidden = skipped;
      if (skipped && ctx.get(q.path) !== undefined) {
        ctx.set(q.path, undefined);
        for (const input of el.querySelectorAll('input')) input.checked = false;
      }
    }
  };

  const owner = (target: EventTarget | null): Rendered | undefined => {
    const el = (target as Element | null)?.closest?.('[data-q]');
    return el ? byId.get(el.getAttribute('data-q')!) : undefined;
  };

  root.addEventListener('input', (event) => {
    const from = owner(event.target);
    if (from && from === weeks && band) {
      const typed = ctx.get(weeks.q.path);
      const value = typeof typed === 'number' ? bandFor(band.q, typed) : undefined;
      if (value) {
        ctx.set(band.q.path, value);
        for (const radio of band.el.querySelectorAll<HTMLInputElement>('input[type="radio"]')) radio.checked = radio.value === value;
      }
    }
  });
  root.addEventListener('change', (event) => {
    const from = owner(event.target);
    if (from && from === band && weeks) {
      const typed = ctx.get(weeks.q.path);
      const chosen = bandsOf(band.q).find((b) => b.value === ctx.get(band.q.path));
      if (typeof typed === 'number' && chosen && (typed < chosen.minWeeks! || typed > chosen.maxWeeks!)) {
        ctx.set(weeks.q.path, undefined);
        const input = weeks.el.querySelector('input');
        if (input) input.value = '';
      }
    }
    applySkips();
  });
  applySkips();
}
