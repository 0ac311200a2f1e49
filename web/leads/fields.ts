// The contact form's fields (docs/leads.md §1): labelled inputs with their
// error lines, the best time to call, a honeypot, the two consents, the
// preview of what will be sent, and the send button. Built with dom.ts only.
import { h, uid } from '../dom.js';
import { Consents, LIMITS, TIMES, validate } from './payload.js';
import type { Contact, Translate } from './types.js';

type Control = HTMLInputElement | HTMLTextAreaElement;

export interface LeadFields {
  form: HTMLFormElement;
  fields: HTMLFieldSetElement;
  preview: HTMLPreElement;
  trap: HTMLInputElement; // the honeypot: only bots fill it
  share: HTMLInputElement; // consent to share with the clinic
  contact(): Contact;
  consents(): Consents;
  /**
   * Shows validate()'s problems at their fields: every one (on send), or only
   * clears the errors now fixed (while typing: a new error waits for send).
   * Returns the first field with a problem.
   */
  check(all: boolean): Control | undefined;
}

export function leadFields(t: Translate, clinic: string, submit: string): LeadFields {
  const titleId = uid('bc-lead-title'); // the legend, and the form's name
  const helpId = uid('bc-lead-help');
  const fields = h('fieldset', { class: 'lead-fields' }, h('legend', { id: titleId }, t('lead.title', { clinic })), h('p', null, t('lead.intro')));
  const errors: Record<string, [HTMLElement, Control]> = {};
  const field = <C extends Control>(name: keyof typeof LIMITS | 'consent', control: C, label: string, help?: string): C => {
    const error = h('p', { id: uid(`bc-lead-${name}-error`), class: 'error', hidden: true });
    control.id = uid(`bc-lead-${name}`);
    control.setAttribute('aria-describedby', help ? `${help} ${error.id}` : error.id);
    const labelled = h('label', { for: control.id }, label);
    fields.append(h('div', { class: 'field' }, control.type === 'checkbox' ? h('div', { class: 'check' }, control, labelled) : h('div', null, labelled, control), error));
    errors[name] = [error, control];
    return control;
  };
  const text = (name: 'name' | 'email' | 'phone', type?: 'email' | 'tel', help?: string) =>
    field(name, h('input', { name, type, autocomplete: type ?? name, maxlength: LIMITS[name] }), t(`lead.${name}`), help);

  const name = text('name');
  fields.append(h('p', { id: helpId, class: 'help' }, t('lead.contactHelp')));
  const email = text('email', 'email', helpId);
  const phone = text('phone', 'tel', helpId);
  const time = h('select', { name: 'time', id: uid('bc-lead-time') }, ...TIMES.map((v) => h('option', { value: v }, t(`lead.time.${v}`))));
  fields.append(h('div', { class: 'field' }, h('label', { for: time.id }, t('lead.time')), time));
  const note = field('note', h('textarea', { name: 'note', rows: 3, maxlength: LIMITS.note }), t('lead.note'));
  // Honeypot: visually hidden, hidden from screen readers, out of the tab order; tempting to form-filling bots.
  const trap = h('input', { name: 'bc_hp', tabindex: -1, autocomplete: 'off' });
  fields.append(h('div', { class: 'sr', 'aria-hidden': 'true' }, h('label', null, t('lead.honeypot'), trap)));
  const share = field('consent', h('input', { type: 'checkbox', name: 'share' }), t('lead.consent.share', { clinic }));
  const marketing = h('input', { type: 'checkbox', name: 'marketing', id: uid('bc-lead-marketing') });
  const preview = h('pre', { class: 'preview' });
  fields.append(
    h('div', { class: 'field check' }, marketing, h('label', { for: marketing.id }, t('lead.consent.marketing', { clinic }))),
    h('details', null, h('summary', null, t('lead.preview')), preview),
    h('button', { type: 'submit', class: 'btn primary' }, submit),
  );

  const contact = (): Contact => ({ name: name.value, email: email.value.trim(), phone: phone.value.trim(), preferredTime: time.value, note: note.value });
  return {
    form: h('form', { novalidate: true, part: 'lead-form', 'aria-labelledby': titleId }, fields),
    fields,
    preview,
    trap,
    share,
    contact,
    consents: () => ({ shareWithClinic: share.checked, marketing: marketing.checked }),
    check(all) {
      const found = validate(contact(), share.checked);
      let first: Control | undefined;
      for (const [key, [error, control]] of Object.entries(errors)) {
        const problem = found[key];
        if (!all && (error.hidden || problem)) continue;
        error.hidden = !problem;
        error.textContent = problem ? t(problem) : '';
        if (problem) control.setAttribute('aria-invalid', 'true');
        else control.removeAttribute('aria-invalid');
        first ??= problem ? control : undefined;
      }
      return first;
    },
  };
}
