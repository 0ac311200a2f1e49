// The booking call to action and the optional contact form on the results
// screen (never on the emergency screen). Built with createElement and
// textContent only. Entry point for the widget: mountLeadForm(container, ctx).
import { isEmail, mailtoHref } from '../rules/email.js';
import { telHref } from '../rules/phone.js';
import { bookingHref } from './booking.js';
import { buildLead, Consents, LIMITS, TIMES, uuid, validate, visitorText } from './payload.js';
import { DEFAULT_DELIVERY, deliver, endpointUrl, enqueue, sendOnce, Status } from './send.js';
import type { Contact, LeadContext, LeadOptions } from './types.js';

export type { LeadContext, LeadOptions } from './types.js';
export { flushOutbox } from './send.js';

type Attrs = Record<string, string | boolean | undefined>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...kids: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== false) node.setAttribute(k, v === true ? '' : v);
  node.append(...kids);
  return node;
}

// Field styles the widget sheet leaves out; adopted next to it (allowed under style-src 'self').
const CSS = `.lead-fields :is(input:not([type=checkbox]),select,textarea){display:block;width:100%;font:inherit;min-height:44px;padding:.5rem;border:1px solid var(--_line,#7b858c);border-radius:var(--_r2,6px);background:#fff;color:inherit}.lead-fields .field{margin:.75rem 0}.lead-fields .check{display:flex;gap:.75rem;align-items:flex-start}.lead-fields .preview{white-space:pre-wrap;font-size:.85em}[part=lead-fallback] textarea{display:block;width:100%;min-height:6em;font:inherit;font-size:.85em;margin:.5rem 0}`;
let sheet: CSSStyleSheet | undefined;
function adoptSheet(container: HTMLElement): void {
  const root = container.getRootNode() as ShadowRoot | Document;
  try {
    sheet ??= new CSSStyleSheet();
    sheet.replaceSync(CSS);
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    /* older browsers: unstyled but working fields */
  }
}

let ids = 0;
// The last submission per result, so a re-render of the results shows its status instead of an empty form.
let last: { result: unknown; key: string; summary: string; stored: boolean; status?: Status } | undefined;

export function mountLeadForm(container: HTMLElement, ctx: LeadContext, options: LeadOptions = {}): void {
  const { config, t, result } = ctx;
  if (result?.triage?.level === 'emergency' || result?.outcome === 'invalid') return; // BRIEF §1 step 1
  const clinic = config.clinicName || t('lead.clinicFallback');
  const delivery = { ...DEFAULT_DELIVERY, ...options.delivery };
  const base = document.baseURI;
  const endpoint = config.leadEndpoint ? endpointUrl(config.leadEndpoint, base) : '';
  const id = (name: string) => `bc-lead-${++ids}-${name}`;
  const emit = (type: string, detail: Record<string, string>) =>
    config.analytics && container.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  const kids: Node[] = [];

  // 1. Book or call: these replace the widget's own CTA buttons (the booking link gets prefilled below).
  const level = result?.triage?.level ?? 'self_care';
  const booking = bookingHref(config.bookingUrl, {}, base);
  const bookLink = booking
    ? el('a', { href: booking, target: '_blank', rel: 'noopener noreferrer', class: 'btn primary', part: 'booking-link' },
        t(`cta.${level}.book`), el('span', { class: 'sr' }, ` ${t('cta.newTab')}`))
    : null;
  bookLink?.addEventListener('click', () => emit('backcheck:cta', { action: 'book' }));
  const callLink = (cls = 'btn ghost') => {
    const a = el('a', { href: telHref(config.clinicPhone!), class: cls, part: 'call-link' }, t('cta.call', { phone: config.clinicPhone! }));
    a.addEventListener('click', () => emit('backcheck:cta', { action: 'call' }));
    return a;
  };
  if (bookLink || config.clinicPhone) kids.push(el('div', { class: 'nav lead-cta' }, ...(bookLink ? [bookLink] : []), ...(config.clinicPhone ? [callLink()] : [])));
  adoptSheet(container);

  // 2. The contact form: needs somewhere to send it, and an adult (the adults_only outcome has no form).
  if ((!endpoint && !config.clinicEmail) || result?.outcome === 'adults_only') return void container.replaceChildren(...kids);
  const titleId = id('title'); // one id for the legend and the form's name (id() makes a new one each call)
  const form = el('form', { novalidate: true, part: 'lead-form', 'aria-labelledby': titleId });
  const fields = el('fieldset', { class: 'lead-fields' });
  const status = el('p', { role: 'status', 'aria-live': 'polite', part: 'lead-status' });
  const fallback = el('p', { part: 'lead-fallback', hidden: true });
  const errors: Record<string, HTMLElement> = {};
  const input = <C extends HTMLInputElement | HTMLTextAreaElement>(name: keyof typeof LIMITS | 'consent', control: C, label: string, help?: string): C => {
    const errorId = id(`${name}-error`);
    errors[name] = el('p', { id: errorId, class: 'error', hidden: true });
    control.id = id(name);
    control.setAttribute('aria-describedby', [help, errorId].filter(Boolean).join(' '));
    const labelled = el('label', { for: control.id }, label);
    const box = control.type === 'checkbox' ? el('div', { class: 'check' }, control, labelled) : el('div', {}, labelled, control);
    fields.append(el('div', { class: 'field' }, box, errors[name]));
    return control;
  };
  const helpId = id('contact-help');
  fields.append(el('legend', { id: titleId }, t('lead.title', { clinic })), el('p', {}, t('lead.intro')));
  const name = input('name', el('input', { name: 'name', autocomplete: 'name', maxlength: String(LIMITS.name) }), t('lead.name'));
  fields.append(el('p', { id: helpId, class: 'help' }, t('lead.contactHelp')));
  const email = input('email', el('input', { name: 'email', type: 'email', autocomplete: 'email', maxlength: String(LIMITS.email) }), t('lead.email'), helpId);
  const phone = input('phone', el('input', { name: 'phone', type: 'tel', autocomplete: 'tel', maxlength: String(LIMITS.phone) }), t('lead.phone'), helpId);
  const time = el('select', { name: 'time', id: id('time') }, ...TIMES.map((v) => el('option', { value: v }, t(`lead.time.${v}`))));
  fields.append(el('div', { class: 'field' }, el('label', { for: time.id }, t('lead.time')), time));
  const note = input('note', el('textarea', { name: 'note', rows: '3', maxlength: String(LIMITS.note) }), t('lead.note'));
  // Honeypot: invisible to people and screen readers, tempting to form-filling bots.
  const trap = el('input', { name: 'bc_hp', tabindex: '-1', autocomplete: 'off' });
  const trapBox = el('div', { 'aria-hidden': 'true' }, el('label', {}, t('lead.honeypot'), trap));
  Object.assign(trapBox.style, { position: 'absolute', left: '-10000px', width: '1px', height: '1px', overflow: 'hidden' });
  fields.append(trapBox);
  const share = input('consent', el('input', { type: 'checkbox', name: 'share' }), t('lead.consent.share', { clinic }));
  const marketing = el('input', { type: 'checkbox', name: 'marketing', id: id('marketing') });
  fields.append(el('div', { class: 'field check' }, marketing, el('label', { for: marketing.id }, t('lead.consent.marketing', { clinic }))));
  const preview = el('pre', { class: 'preview' });
  fields.append(el('details', {}, el('summary', {}, t('lead.preview')), preview));
  const send = el('button', { type: 'submit', class: 'btn primary' }, t(endpoint ? 'lead.submit' : 'lead.submitMail', { clinic }));
  fields.append(send);
  form.append(fields);
  kids.push(form, status, fallback);
  container.replaceChildren(...kids);

  let key = uuid();
  const mountedAt = Date.now();
  const contact = (): Contact => ({ name: name.value, email: email.value.trim(), phone: phone.value.trim(), preferredTime: time.value, note: note.value });
  const consents = (): Consents => ({ shareWithClinic: share.checked, marketing: marketing.checked });
  const lead = () => buildLead(ctx, contact(), consents(), key);
  const refresh = () => {
    const built = lead();
    preview.textContent = visitorText(built, t, clinic); // in words; the codes are in the clinic's copy only
    // Prefill the booking page only with what the visitor typed and agreed to share.
    const c = contact();
    const prefill = share.checked ? { name: c.name, email: isEmail(c.email) ? c.email : '' } : {};
    if (bookLink) bookLink.href = bookingHref(config.bookingUrl, prefill, base) ?? booking!;
  };
  form.addEventListener('input', refresh);
  refresh();

  const say = (text: string) => status.textContent !== text && (status.textContent = text);
  const offerFallback = (why: string, summary: string) => {
    fallback.hidden = false;
    if (fallback.firstChild?.textContent === why) return; // rebuilding would take focus off a link
    const mail = mailtoHref(config.clinicEmail, t('lead.summary.title', { clinic }), summary);
    fallback.replaceChildren(why, ...(config.clinicPhone ? [' ', callLink('')] : []), ...(mail ? [' ', el('a', { href: mail }, t('lead.fallback.email', { clinic }))] : []));
  };
  const show = (s: Status, summary: string, stored: boolean) => {
    const retrying = 'failures' in s && s.failures > 0;
    let text = t(`lead.status.${retrying ? 'retrying' : s.state}`, { clinic, status: 'status' in s ? s.status : '' });
    if (!stored && s.state !== 'sent' && s.state !== 'blocked') text += ` ${t('lead.status.noStorage')}`;
    say(text);
    if (s.state === 'failed' || s.state === 'rejected' || s.state === 'blocked' || (retrying && s.failures >= delivery.fallbackAfter))
      offerFallback(t(s.state === 'rejected' || s.state === 'blocked' ? 'lead.status.callInstead' : 'lead.status.stuck', { clinic }), summary);
    else fallback.hidden = true;
    if (s.state === 'rejected') {
      fields.disabled = false; // they may correct something and send again, as a new lead
      key = uuid();
    }
  };
  const track = (summary: string, stored: boolean) => (s: Status) => {
    if (s.state === 'sent' && last?.status?.state !== 'sent') emit('backcheck:lead', { status: 'sent' });
    if (last) last.status = s;
    show(s, summary, stored);
  };

  const controlOf = (field: string) => errors[field].parentElement!.querySelector<HTMLElement>('input, textarea')!;
  const showError = (field: string, messageKey?: string) => {
    const box = errors[field];
    const control = controlOf(field);
    box.hidden = !messageKey;
    box.textContent = messageKey ? t(messageKey) : '';
    if (messageKey) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
  };

  // A field's error goes as soon as the field is valid (a new error waits for Send).
  form.addEventListener('input', () => {
    const found = validate(contact(), share.checked);
    for (const field of Object.keys(errors)) if (!errors[field].hidden && !found[field]) showError(field);
  });

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (fields.disabled) return;
    const found = validate(contact(), share.checked);
    for (const field of Object.keys(errors)) showError(field, found[field]);
    const first = Object.keys(errors).find((f) => found[f]);
    if (first) return void controlOf(first).focus();
    if (Date.now() - mountedAt < (options.minFillMs ?? 3000)) return void say(t('lead.error.tooFast'));
    const built = lead();
    if (trap.value) return void say(t('lead.status.sent', { clinic })); // a bot: pretend, send nothing
    fallback.replaceChildren(); // a new press: links carry the new summary
    if (!endpoint) {
      // We cannot know whether a mail app opens: say what to do either way, with the text to copy.
      const mail = mailtoHref(config.clinicEmail, t('lead.summary.title', { clinic }), built.summary)!;
      const open = el('a', { href: mail, class: 'btn primary', part: 'mail-link' }, t('lead.mail.open'));
      const text = el('textarea', { readonly: true, rows: '6', id: id('mail-text'), part: 'mail-text' });
      text.value = built.summary;
      const copy = el('button', { type: 'button', class: 'btn ghost', part: 'mail-copy' }, t('lead.mail.copy'));
      copy.addEventListener('click', () => {
        text.select();
        void navigator.clipboard?.writeText(built.summary).then(() => say(t('lead.mail.copied')), () => undefined);
      });
      fallback.hidden = false;
      fallback.replaceChildren(
        el('span', {}, t('lead.status.mailto', { clinic })), ' ', open,
        el('span', { class: 'help' }, ` ${t('lead.mail.notOpened', { email: config.clinicEmail ?? '' })}`),
        el('label', { for: text.id, class: 'sr' }, t('lead.mail.textLabel')), text, copy,
      );
      return void open.focus();
    }
    fields.disabled = true;
    const summary = built.summary;
    const body = JSON.stringify(built);
    const stored = enqueue(endpoint, key, body);
    last = { result, key, summary, stored };
    if (stored) deliver(key, delivery, track(summary, true));
    else sendOnce(endpoint, key, body, delivery, track(summary, false));
  });

  // A re-render of the same results (e.g. an attribute changed): show how the earlier submission is doing.
  if (last?.result === result && endpoint) {
    fields.disabled = true;
    if (last.status) show(last.status, last.summary, last.stored);
    if (last.stored) deliver(last.key, delivery, track(last.summary, true));
  }
}
