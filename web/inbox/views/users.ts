// The owner's user list: add a user (the password is shown once, to pass on),
// reset a password, remove a user.
import { h } from '../../dom.js';
import { api, ApiError } from '../api.js';
import type { Context, View } from '../context.js';

interface UserRow { email: string; role: 'owner' | 'staff' }

export function usersView(ctx: Context): View {
  const { t } = ctx;
  const status = h('p', { role: 'status', class: 'password-note' });
  const list = h('ul', { class: 'users' });
  const fail = (e: unknown) => {
    if (e instanceof ApiError && e.status === 401) return ctx.loggedOut();
    status.textContent = e instanceof ApiError && e.status === 409 ? t('users.exists')
      : e instanceof ApiError ? t('error.generic', { status: e.status }) : t('error.offline');
  };
  const act = async (path: string, email: string, done: (data: { email: string; password: string }) => string) => {
    try {
      status.textContent = done(await api<{ email: string; password: string }>(path, { method: 'POST', body: { email } }));
      await load();
    } catch (e) { fail(e); }
  };
  async function load(): Promise<void> {
    try {
      const data = await api<{ users: UserRow[] }>('/api/users');
      list.replaceChildren(...data.users.map((u) => h('li', null,
        h('span', { class: 'who' }, `${u.email} (${t(`role.${u.role}`)})`),
        u.email === ctx.session.email ? null : h('span', { class: 'actions' },
          h('button', { type: 'button', class: 'quiet', onclick: () => act('/api/users/reset', u.email,
            (d) => t('users.newPassword', { email: d.email, password: d.password })) }, t('users.reset', { email: u.email })),
          h('button', { type: 'button', class: 'danger', onclick: () => window.confirm(t('users.confirmRemove', { email: u.email }))
            && act('/api/users/remove', u.email, () => t('users.removed', { email: u.email })) }, t('users.remove', { email: u.email }))))));
    } catch (e) { fail(e); }
  }
  const email = h('input', { id: 'user-email', type: 'email', required: true, autocomplete: 'off' });
  const role = h('select', { id: 'user-role' }, h('option', { value: 'staff' }, t('role.staff')), h('option', { value: 'owner' }, t('role.owner')));
  const form = h('form', { class: 'login', onsubmit: async (e: Event) => {
    e.preventDefault();
    try {
      const d = await api<{ email: string; password: string }>('/api/users', { method: 'POST', body: { email: email.value, role: role.value } });
      status.textContent = t('users.newPassword', { email: d.email, password: d.password });
      email.value = '';
      await load();
    } catch (err) { fail(err); }
  } },
  h('label', { for: 'user-email' }, t('login.email')), email,
  h('label', { for: 'user-role' }, t('users.role')), role,
  h('button', { type: 'submit' }, t('users.add')));
  load();
  return { node: h('section', { class: 'card' },
    h('p', null, h('a', { href: '#' }, t('detail.back'))),
    h('h1', { tabindex: -1 }, t('users.heading')), list, status,
    h('h2', null, t('users.addHeading')), form) };
}
