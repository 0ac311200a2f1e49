// What every view gets from the page (main.ts).
import type { SessionInfo } from './api.js';
import type { Language, T } from './i18n.js';

export interface Context {
  t: T;
  language: Language;
  session: SessionInfo;
  go(hash: string): void;
  // Any 401 from the API: the session ended (idle logoff, restart); back to the login.
  loggedOut(): void;
}

export interface View {
  node: HTMLElement;
  stop?(): void; // timers to clear when the view goes away
}
