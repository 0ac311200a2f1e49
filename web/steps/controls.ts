// The form controls every question is built from: a question's fieldset,
// one large choice target, a group of radios. Shared by questions.ts and
// motion.ts (which questions.ts renders), so neither imports the other's file.
import { h } from '../dom.js';

export function fieldset(legend: string, help: string | null, ...kids: Node[]): HTMLFieldSetElement {
  return h('fieldset', { class: 'q', part: 'question' }, h('legend', null, legend), help ? h('p', { class: 'help' }, help) : null, ...kids);
}

/** A radio or checkbox with its label as one large target. */
export function choice(type: 'radio' | 'checkbox', name: string, label: string, checked: boolean, onchange: (input: HTMLInputElement) => void, value = ''): HTMLLabelElement {
  const input = h('input', { type, name, value, checked });
  input.addEventListener('change', () => onchange(input));
  return h('label', { class: 'choice', part: 'choice' }, input, h('span', null, label));
}

export function radios(name: string, options: { value: string; label: string }[], current: unknown, onpick: (value: string) => void): HTMLElement {
  return h('div', { class: 'choices' }, ...options.map((o) => choice('radio', name, o.label, String(current) === o.value, () => onpick(o.value), o.value)));
}
