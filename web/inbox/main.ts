// The clinic inbox page: login, the list of leads, one lead, the audit log.
// Every piece of lead text goes in with textContent (web/dom.ts), never as HTML.
import { h } from '../dom.js';
import { api, ApiError, setCsrf, type SessionInfo } from './api.js';
import type { Context, View } from './context.js';
import { LOCALES } from '../rules/locales.js';
import { initialLanguage, languageName, saveLanguage, translator, type Language } from './i18n.js';
import { auditView } from './views/audit.js';
import { detailView } from './views/detail.js';
import { listView } from './views/list.js';
import { loginView } from './views/login.js';
import { usersView } from './views/users.js';

const root = document.getElementById('app') as HTMLElement;
let language: Language = initialLanguage();
let session: SessionInfo | null = null;
let notice = '';
let current: View | null = null;

function header(t: ReturnType<typeof translator>): HTMLElement {
  const select = h('select', { id: 'language', onchange: () => {
    language = select.value as Language;
    saveLanguage(language);
    render();
  } }, ...LOCALES.map((code) => h('option', { value: code }, languageName(code))));
  select.value = language;
  const right = h('div', { class: 'bar-tools' },
    h('label', { for: 'language' }, t('language')), select);
  if (session) {
    right.prepend(h('span', { class: 'who' }, t('signedIn', { email: session.email, role: t(`role.${session.role}`) })));
    right.append(h('button', { type: 'button', class: 'quiet', onclick: logout }, t('logout')));
  }
  return h('header', { class: 'bar' }, h('p', { class: 'brand' }, t('title')), right);
}

async function logout(): Promise<void> {
  try { await api('/api/logout', { method: 'POST' }); } catch { /* the session is gone either way */ }
  session = null;
  render();
}

function render(): void {
  const t = translator(language);
  document.documentElement.lang = language;
  document.title = t('title');
  current?.stop?.();
  if (!session) {
    current = loginView(t, notice, (s) => { session = s; setCsrf(s.csrf); notice = ''; render(); });
  } else {
    const ctx: Context = {
      t, language, session,
      go: (hash) => { location.hash = hash; },
      loggedOut: () => { session = null; notice = t('login.expired'); render(); },
    };
    const [route, id] = location.hash.replace(/^#/, '').split('/');
    current = route === 'lead' && id ? detailView(ctx, id)
      : route === 'audit' && session.role === 'owner' ? auditView(ctx)
      : route === 'users' && session.role === 'owner' ? usersView(ctx)
      : listView(ctx);
  }
  const main = h('main', { id: 'main' }, current.node);
  root.replaceChildren(h('a', { class: 'skip', href: '#main', onclick: (e: Event) => {
    e.preventDefault();
    main.querySelector<HTMLElement>('h1')?.focus();
  } }, t('skip')), header(t), main);
  // Move focus to the new view's heading, so keyboard and screen-reader users land there.
  main.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
}

window.addEventListener('hashchange', () => { if (session) render(); });

async function start(): Promise<void> {
  try {
    session = await api<SessionInfo>('/api/session');
    setCsrf(session.csrf);
  } catch (e) {
    if (!(e instanceof ApiError)) notice = translator(language)('error.offline');
  }
  render();
}
start();
