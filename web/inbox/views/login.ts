// The login form: e-mail + password; the server answers with the session (cookie) and CSRF token.
import { h } from '../../dom.js';
import { api, ApiError, type SessionInfo } from '../api.js';
import type { View } from '../context.js';
import type { T } from '../i18n.js';

export function loginView(t: T, notice: string, done: (s: SessionInfo) => void): View {
  const message = h('p', { id: 'login-message', class: 'message', role: 'alert' }, notice);
  const email = h('input', { id: 'login-email', type: 'email', name: 'email', autocomplete: 'username', required: true });
  const password = h('input', { id: 'login-password', type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const submit = h('button', { type: 'submit' }, t('login.submit'));
  const form = h('form', { class: 'login', 'aria-describedby': 'login-message', onsubmit: async (e: Event) => {
    e.preventDefault();
    submit.disabled = true;
    try {
      done(await api<SessionInfo>('/api/login', { method: 'POST', body: { email: email.value, password: password.value } }));
    } catch (err) {
      const status = err instanceof ApiError ? err.status : 0;
      const code = err instanceof ApiError ? err.code : '';
      const wait = err instanceof ApiError ? err.retryAfter : 0;
      message.textContent = status === 401 ? t('login.failed')
        : code === 'locked' ? t('login.locked', { minutes: Math.ceil(wait / 60) })
        : status === 429 ? t('login.wait', { seconds: wait })
        : status ? t('error.generic', { status }) : t('error.offline');
      password.value = '';
      password.focus();
    } finally {
      submit.disabled = false;
    }
  } },
  h('label', { for: 'login-email' }, t('login.email')), email,
  h('label', { for: 'login-password' }, t('login.password')), password,
  submit);
  return { node: h('section', { class: 'card narrow' }, h('h1', { tabindex: -1 }, t('login.heading')), message, form) };
}
