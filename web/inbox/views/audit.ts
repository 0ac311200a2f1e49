// The audit log, for the owner: who did what, when, from where.
import { h } from '../../dom.js';
import { api, ApiError, type AuditEntry } from '../api.js';
import type { Context, View } from '../context.js';
import { formatTime } from '../i18n.js';

export function auditView(ctx: Context): View {
  const { t } = ctx;
  const body = h('tbody');
  const problem = h('p', { class: 'message', role: 'alert' });
  api<{ entries: AuditEntry[] }>('/api/audit').then((data) => {
    body.replaceChildren(...data.entries.map((e) => h('tr', null,
      h('td', null, formatTime(ctx.language, e.at)), h('td', null, e.actor), h('td', null, e.ip),
      h('td', null, e.action), h('td', null, e.leadId), h('td', null, e.detail))));
  }, (e) => {
    if (e instanceof ApiError && e.status === 401) return ctx.loggedOut();
    problem.textContent = e instanceof ApiError ? t('error.generic', { status: e.status }) : t('error.offline');
  });
  const head = ['audit.when', 'audit.who', 'audit.ip', 'audit.action', 'audit.lead', 'audit.detail'] as const;
  return { node: h('section', null,
    h('p', null, h('a', { href: '#' }, t('detail.back'))),
    h('h1', { tabindex: -1 }, t('audit.heading')), problem,
    h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': t('audit.heading') },
      h('table', null, h('thead', null, h('tr', null, ...head.map((k) => h('th', { scope: 'col' }, t(k))))), body))) };
}
