// The owner's tools under the list: export, audit log, users, retention run now.
import { h } from '../../dom.js';
import { api, ApiError } from '../api.js';
import type { Context } from '../context.js';

export function ownerTools(ctx: Context, changed: () => void): HTMLElement {
  const { t } = ctx;
  const status = h('p', { role: 'status' });
  const fail = (e: unknown) => {
    if (e instanceof ApiError && e.status === 401) return ctx.loggedOut();
    status.textContent = e instanceof ApiError ? t('error.generic', { status: e.status }) : t('error.offline');
  };
  const exportAll = async () => {
    try {
      const data = await api<unknown>('/api/export');
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      const a = h('a', { href: url, download: 'leads.json' });
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) { fail(e); }
  };
  const retention = async () => {
    try {
      const data = await api<{ deleted: number }>('/api/retention', { method: 'POST' });
      status.textContent = t('owner.retentionDone', { count: data.deleted });
      changed();
    } catch (e) { fail(e); }
  };
  return h('section', { class: 'owner no-print', 'aria-labelledby': 'owner-heading' },
    h('h2', { id: 'owner-heading' }, t('owner.tools')),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'quiet', onclick: exportAll }, t('owner.export')),
      h('a', { class: 'button quiet', href: '#audit' }, t('owner.audit')),
      h('a', { class: 'button quiet', href: '#users' }, t('owner.users')),
      h('button', { type: 'button', class: 'quiet', onclick: retention }, t('owner.retention'))),
    status);
}
