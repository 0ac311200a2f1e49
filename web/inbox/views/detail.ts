// One lead: the PT summary in words, contact with call/e-mail links, consent
// with its time and wording, status buttons, print; delete for the owner.
// Opening it is a "lead viewed" entry in the audit log (server side).
import { h, type Kid } from '../../dom.js';
import { api, ApiError, STATUSES, type LeadDetail, type Status } from '../api.js';
import type { Context, View } from '../context.js';
import { formatTime, type Key, type T } from '../i18n.js';
import { mailtoHref } from '../../rules/email.js';
import { telHref } from '../../rules/phone.js';

const field = (label: string, ...value: Kid[]) => [h('dt', null, label), h('dd', null, ...value)];

function contact(t: T, lead: LeadDetail['lead']): HTMLElement {
  const c = lead.contact;
  return h('section', { 'aria-labelledby': 'contact-heading' }, h('h2', { id: 'contact-heading' }, t('detail.contact')),
    h('dl', null,
      ...field(t('detail.name'), c.name ?? t('detail.noName')),
      ...(c.phone ? field(t('detail.phone'), h('a', { class: 'button', href: telHref(c.phone) }, t('detail.call', { phone: c.phone }))) : []),
      ...(c.email ? field(t('detail.email'), h('a', { class: 'button', href: mailtoHref(c.email) }, t('detail.write', { email: c.email }))) : []),
      ...field(t('detail.preferredTime'), t(`time.${c.preferredTime}` as Key)),
      ...(c.note ? field(t('detail.note'), h('p', { class: 'note' }, c.note)) : [])));
}

function consent(ctx: Context, lead: LeadDetail['lead']): HTMLElement {
  const { t } = ctx;
  const k = lead.consents;
  const sent = new Date(lead.createdAt);
  const when = Number.isNaN(sent.getTime()) ? lead.createdAt : formatTime(ctx.language, sent.getTime() / 1000);
  return h('section', { 'aria-labelledby': 'consent-heading' }, h('h2', { id: 'consent-heading' }, t('detail.consent')),
    h('p', null, t('detail.sentAt', { time: when })),
    h('dl', null,
      ...field(`${t('detail.consentShare')}: ${k.shareWithClinic ? t('detail.yes') : t('detail.no')}`, h('q', null, k.wording.shareWithClinic)),
      ...field(`${t('detail.consentMarketing')}: ${k.marketing ? t('detail.yes') : t('detail.no')}`, h('q', null, k.wording.marketing))));
}

function summary(t: T, d: LeadDetail): HTMLElement {
  const w = d.words;
  const values = (v: Record<string, unknown>) => Object.entries(v).map(([k, x]) => `${k} ${x}`).join(', ');
  const peg = d.lead.scores?.peg;
  const phq4 = d.lead.scores?.phq4;
  const scores: string[] = [];
  if (peg) scores.push(t('detail.peg', { score: peg.score, band: peg.band }));
  if (phq4) scores.push(t('detail.phq4', { total: phq4.total ?? '–', band: phq4.band ?? '–',
    phq2: phq4.phq2?.score ?? '–', phq2pos: phq4.phq2?.positive ? t('detail.positive') : '',
    gad2: phq4.gad2?.score ?? '–', gad2pos: phq4.gad2?.positive ? t('detail.positive') : '' }));
  const list = (items: Node[]) => items.length ? h('ul', null, ...items) : h('p', null, t('detail.none'));
  return h('section', { 'aria-labelledby': 'summary-heading' }, h('h2', { id: 'summary-heading' }, t('detail.summary')),
    h('p', { class: `triage level-${d.level}` }, h('strong', null, `${t('detail.triage')}: ${t(`level.${d.level}`)}`),
      w.triage.title ? ` — ${w.triage.title}` : ''),
    h('h3', null, t('detail.reasons')),
    list(w.reasons.map((r) => h('li', { class: r.kind === 'red_flag' ? 'red-flag' : '' },
      h('strong', null, r.kind === 'red_flag' ? t('detail.redFlag', { strength: t(`strength.${r.strength}` as Key) }) : t('detail.finding')),
      `: ${r.text || r.code} `, h('code', null, r.code)))),
    h('h3', null, t('detail.findings')),
    list(w.findings.map((f) => h('li', null, f.text || f.code, ' ', h('code', null, f.code),
      Object.keys(f.values).length ? h('span', { class: 'values' }, ` (${values(f.values)}${f.confidence ? `; ${f.confidence}` : ''})`) : ''))),
    h('h3', null, t('detail.scores')),
    list(scores.map((s) => h('li', null, s))),
    h('h3', null, t('detail.notAssessed')),
    list(w.notAssessed.map((n) => h('li', null, n.text || n.code))));
}

export function detailView(ctx: Context, id: string): View {
  const { t } = ctx;
  const node = h('section', { class: 'detail' });
  const back = h('p', { class: 'no-print' }, h('a', { href: '#' }, t('detail.back')));
  node.append(back, h('h1', { tabindex: -1 }, '…'));
  const fail = (e: unknown, where: HTMLElement) => {
    if (e instanceof ApiError && e.status === 401) return ctx.loggedOut();
    where.textContent = e instanceof ApiError && e.status === 404 ? t('detail.gone')
      : e instanceof ApiError ? t('error.generic', { status: e.status }) : t('error.offline');
  };

  api<LeadDetail>(`/api/leads/${id}?lang=${ctx.language}`).then((d) => {
    const saved = h('p', { role: 'status' });
    const current = h('strong', { class: `badge status status-${d.status}` }, t(`status.${d.status}`));
    const buttons = h('div', { class: 'actions' });
    const showButtons = (status: Status) => buttons.replaceChildren(...STATUSES.filter((s) => s !== status).map((s) =>
      h('button', { type: 'button', 'data-status': s, onclick: async () => {
        try {
          await api(`/api/leads/${id}/status`, { method: 'POST', body: { status: s } });
          current.textContent = t(`status.${s}`);
          current.className = `badge status status-${s}`;
          saved.textContent = t('detail.saved', { status: t(`status.${s}`) });
          showButtons(s);
        } catch (e) { fail(e, saved); }
      } }, t('detail.mark', { status: t(`status.${s}`) }))));
    showButtons(d.status);
    const tools = h('div', { class: 'actions no-print' },
      h('button', { type: 'button', class: 'quiet', onclick: () => window.print() }, t('detail.print')),
      ctx.session.role === 'owner' ? h('button', { type: 'button', class: 'danger', onclick: async () => {
        if (!window.confirm(t('detail.confirmDelete'))) return;
        try {
          await api(`/api/leads/${id}`, { method: 'DELETE' });
          node.replaceChildren(back, h('h1', { tabindex: -1 }, t('detail.deleted')));
          node.querySelector('h1')?.focus();
        } catch (e) { fail(e, saved); }
      } }, t('detail.delete')) : null);
    node.replaceChildren(back,
      h('h1', { tabindex: -1 }, t('detail.heading', { time: formatTime(ctx.language, d.receivedAt) })),
      h('section', { class: 'status-box no-print', 'aria-labelledby': 'status-heading' },
        h('h2', { id: 'status-heading' }, t('detail.status'), ': ', current), buttons, saved),
      contact(t, d.lead), summary(t, d), consent(ctx, d.lead),
      h('section', { 'aria-labelledby': 'visitor-heading' }, h('h2', { id: 'visitor-heading' }, t('detail.visitorText')),
        h('pre', { class: 'visitor-text' }, d.lead.summary),
        h('p', { class: 'hint' }, t('detail.about', { locale: d.lead.locale, page: d.lead.pageUrl || '–', core: d.lead.coreVersion }))),
      tools);
    node.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }, (e) => {
    const h1 = node.querySelector('h1') as HTMLElement;
    fail(e, h1);
  });
  return { node };
}
