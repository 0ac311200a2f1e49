// The list: newest first, status and triage level, how long each lead has
// waited; filters; refreshes itself every 3 s and announces new arrivals.
import { h } from '../../dom.js';
import { api, ApiError, LEVELS, STATUSES, type LeadRow } from '../api.js';
import type { Context, View } from '../context.js';
import { formatDuration, formatTime, type Key } from '../i18n.js';
import { ownerTools } from './owner.js';

const REFRESH_MS = 3000; // a new lead shows within a few seconds

export function listView(ctx: Context): View {
  const { t } = ctx;
  const filter = (id: string, label: string, values: string[], prefix: 'status' | 'level') => {
    const select = h('select', { id, onchange: () => refresh(false) }, h('option', { value: '' }, t('list.all')),
      ...values.map((v) => h('option', { value: v }, t(`${prefix}.${v}` as Key))));
    return [h('label', { for: id }, label), select] as const;
  };
  const [statusLabel, status] = filter('filter-status', t('list.status'), STATUSES, 'status');
  const [levelLabel, level] = filter('filter-level', t('list.level'), LEVELS, 'level');
  const live = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const count = h('p', { class: 'hint' });
  const problem = h('p', { class: 'message', role: 'alert' });
  const list = h('ul', { class: 'leads', 'aria-labelledby': 'leads-heading' });
  let known: Set<string> | null = null;
  let timer = 0;

  const item = (row: LeadRow, now: number) => {
    const when = row.status === 'new'
      ? t('list.waiting', { duration: formatDuration(t, now - row.receivedAt) })
      : t('list.changed', { status: t(`status.${row.status}`), time: formatTime(ctx.language, row.statusAt || row.receivedAt) });
    return h('li', { class: `lead status-${row.status}`, 'data-id': row.id },
      h('a', { href: `#lead/${row.id}` },
        h('span', { class: `badge level-${row.level}` }, t(`level.${row.level}`)),
        h('span', { class: `badge status status-${row.status}` }, t(`status.${row.status}`)),
        h('span', { class: 'when' }, t('list.received', { time: formatTime(ctx.language, row.receivedAt) })),
        h('span', { class: row.status === 'new' ? 'waiting' : 'changed' }, when)));
  };

  async function refresh(poll: boolean): Promise<void> {
    window.clearTimeout(timer);
    const query = new URLSearchParams({ status: status.value, level: level.value });
    try {
      const data = await api<{ now: number; leads: LeadRow[] }>(`/api/leads?${query}`, { poll });
      const arrived = known ? data.leads.filter((l) => !known!.has(l.id)).length : 0;
      known = new Set(data.leads.map((l) => l.id));
      list.replaceChildren(...data.leads.map((row) => item(row, data.now)));
      count.textContent = data.leads.length ? t('list.count', { count: data.leads.length }) : t('list.empty');
      if (arrived > 0 && poll) live.textContent = t('list.arrived');
      problem.textContent = '';
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return ctx.loggedOut();
      problem.textContent = e instanceof ApiError ? t('error.generic', { status: e.status }) : t('error.offline');
    }
    timer = window.setTimeout(() => refresh(true), REFRESH_MS);
  }
  refresh(false);

  const node = h('section', { class: 'list' },
    h('h1', { id: 'leads-heading', tabindex: -1 }, t('list.heading')),
    h('fieldset', { class: 'filters' }, h('legend', null, t('list.filters')),
      h('div', null, statusLabel, status), h('div', null, levelLabel, level)),
    count, problem, live, list,
    ctx.session.role === 'owner' ? ownerTools(ctx, () => refresh(false)) : null);
  return { node, stop: () => window.clearTimeout(timer) };
}
