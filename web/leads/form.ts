// The booking call to action and the optional contact form on the results
// screen (never on the emergency screen). Entry point for the widget:
// mountLeadForm(container, ctx). The parts: cta.ts (book and call links),
// fields.ts (the form), status.ts (what happens after send), mail.ts (no
// endpoint: a prepared e-mail), payload.ts (the lead), send.ts (delivery).
import { h } from '../dom.js';
import { isEmail } from '../rules/email.js';
import { bookingHref } from './booking.js';
import { bookLink, callLink } from './cta.js';
import { leadFields } from './fields.js';
import { offerMail } from './mail.js';
import { buildLead, uuid, visitorText } from './payload.js';
import { DEFAULT_DELIVERY, deliver, endpointUrl, enqueue, sendOnce, Status } from './send.js';
import { statusView } from './status.js';
import type { LeadContext, LeadOptions } from './types.js';

export type { LeadContext, LeadOptions } from './types.js';
export { flushOutbox } from './send.js';

// The last submission per result, so a re-render of the results shows its status instead of an empty form.
let last: { result: unknown; key: string; summary: string; stored: boolean; status?: Status } | undefined;

export function mountLeadForm(container: HTMLElement, ctx: LeadContext, options: LeadOptions = {}): void {
  const { config, t, result } = ctx;
  if (result?.triage?.level === 'emergency' || result?.outcome === 'invalid') return; // BRIEF §1 step 1
  const clinic = config.clinicName || t('lead.clinicFallback');
  const delivery = { ...DEFAULT_DELIVERY, ...options.delivery };
  const base = document.baseURI;
  const endpoint = config.leadEndpoint ? endpointUrl(config.leadEndpoint, base) : '';
  const emit = (type: string, detail: Record<string, string>) =>
    config.analytics && container.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  const cta = (action: string) => () => emit('backcheck:cta', { action });

  // 1. Book or call: these replace the widget's own CTA buttons (the booking link gets prefilled below).
  const booking = bookingHref(config.bookingUrl, {}, base);
  const book = booking ? bookLink(t, result?.triage?.level ?? 'self_care', booking, 'booking-link', cta('book')) : null;
  const phone = config.clinicPhone;
  const call = phone ? (cls = 'btn ghost') => callLink(t, phone, cls, 'call-link', cta('call')) : undefined;
  const links = book || call ? h('div', { class: 'nav lead-cta' }, book, call?.()) : null;

  // 2. The contact form: needs somewhere to send it, and an adult (the adults_only outcome has no form).
  if ((!endpoint && !config.clinicEmail) || result?.outcome === 'adults_only') return void container.replaceChildren(...(links ? [links] : []));
  const f = leadFields(t, clinic, t(endpoint ? 'lead.submit' : 'lead.submitMail', { clinic }));
  const view = statusView(t, { name: clinic, email: config.clinicEmail, call: call && (() => call('')), fallbackAfter: delivery.fallbackAfter });
  container.replaceChildren(...(links ? [links] : []), f.form, view.status, view.fallback);

  let key = uuid();
  const mountedAt = Date.now();
  const lead = () => buildLead(ctx, f.contact(), f.consents(), key);
  const refresh = () => {
    f.preview.textContent = visitorText(lead(), t, clinic); // in words; the codes are in the clinic's copy only
    // Prefill the booking page only with what the visitor typed and agreed to share.
    const c = f.contact();
    if (book) book.href = bookingHref(config.bookingUrl, f.share.checked ? { name: c.name, email: isEmail(c.email) ? c.email : '' } : {}, base) ?? booking!;
    f.check(false); // a field's error goes as soon as the field is valid (a new one waits for send)
  };
  f.form.addEventListener('input', refresh);
  refresh();

  const show = (s: Status, summary: string, stored: boolean) => {
    if (view.show(s, summary, stored)) {
      f.fields.disabled = false; // they may correct something and send again, as a new lead
      key = uuid();
    }
  };
  const track = (summary: string, stored: boolean) => (s: Status) => {
    if (s.state === 'sent' && last?.status?.state !== 'sent') emit('backcheck:lead', { status: 'sent' });
    if (last) last.status = s;
    show(s, summary, stored);
  };

  f.form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (f.fields.disabled) return;
    const first = f.check(true);
    if (first) return void first.focus();
    if (Date.now() - mountedAt < (options.minFillMs ?? 3000)) return void view.say(t('lead.error.tooFast'));
    const built = lead();
    if (f.trap.value) return void view.say(t('lead.status.sent', { clinic })); // a bot: pretend, send nothing
    view.fallback.replaceChildren(); // a new press: links carry the new summary
    if (!endpoint) return void offerMail(view.fallback, t, { name: clinic, email: config.clinicEmail! }, built.summary, view.say).focus();
    f.fields.disabled = true;
    const { summary } = built;
    const body = JSON.stringify(built);
    const stored = enqueue(endpoint, key, body);
    last = { result, key, summary, stored };
    if (stored) deliver(key, delivery, track(summary, true));
    else sendOnce(endpoint, key, body, delivery, track(summary, false));
  });

  // A re-render of the same results (e.g. an attribute changed): show how the earlier submission is doing.
  if (last?.result === result && endpoint) {
    f.fields.disabled = true;
    if (last.status) show(last.status, last.summary, last.stored);
    if (last.stored) deliver(last.key, delivery, track(last.summary, true));
  }
}
