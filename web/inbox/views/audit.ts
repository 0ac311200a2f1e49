// The audit log, for the owner: who did what, when, from where.
import { h } from '../../dom.js';
import { api, ApiError, type AuditEntry } from '../api.js';
import type { Context, View } from '../context.js';
import { formatTime } from '../i18n.js';

export function auditView(ctx: Context): View {
  const { t } = ctx;
  const body = h('tbody');
  const problem = h('p', { class: 'message', role: 'alert' });
  const head = ['audit.when', 'audit.who', 'audit.ip', 'audit.action', 'audit.lead', 'audit.detail'] as const;
  api<{ entries: AuditEntry[] }>('/api/audit').then((data) => {
    // data-label: on a narrow screen each row is a small card, its cells labelled by CSS.
    body.replaceChildren(...data.entries.map((e) => h('tr', null,
      ...[formatTime(ctx.language, e.at), e.actor, e.ip, e.action, e.leadId, e.detail]
        .map((value, i) => h('td', { 'data-label': t(head[i]) }, value)))));
  }, (e) => {
    if (e instanceof ApiError && e.status === 401) return ctx.loggedOut();
    problem.textContent = e instanceof ApiError ? t('error.generic', { status: e.status }) : t('error.offline');
  });
  return { node: h('section', null,
    h('p', null, h('a', { href: '#' }, t('detail.back'))),
    h('h1', { tabindex: -1 }, t('audit.heading')), problem,
    h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': t('audit.heading') },
      h('table', null, h('thead', null, h('tr', null, ...head.map((k) => h('th', { scope: 'col' }, t(k))))), body))) };
}
