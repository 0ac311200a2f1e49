// The inbox page's texts: one file per language of the widget (web/rules/locales.ts;
// the record below does not compile without one for each), bundled (all are small).
import { LOCALES, type Locale } from '../rules/locales.js';
import en from './locales/en.json';
import es from './locales/es.json';

export type Key = keyof typeof en;
export type Language = Locale;
const catalogs: Record<Language, Record<Key, string>> = { en, es };
const STORAGE = 'backcheck-inbox:language';

const known = (code: string | null): code is Language => (LOCALES as readonly string[]).includes(code as string);

export function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE);
  if (known(saved)) return saved;
  const browser = navigator.language.toLowerCase().split('-')[0];
  return known(browser) ? browser : 'en';
}

/** A language's own name for itself ("English", "Español"), for the language picker. */
export function languageName(code: Language): string {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

export function saveLanguage(language: Language): void {
  localStorage.setItem(STORAGE, language);
}

export type T = (key: Key, vars?: Record<string, string | number>) => string;

export function translator(language: Language): T {
  return (key, vars = {}) =>
    catalogs[language][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

export function formatTime(language: Language, unixSeconds: number): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(unixSeconds * 1000);
}

// "2 h 5 min": how long a lead has waited (speed-to-lead is what clinics are judged on).
export function formatDuration(t: T, seconds: number): string {
  const minutes = Math.max(0, Math.floor(seconds / 60));
  const d = Math.floor(minutes / 1440), h = Math.floor((minutes % 1440) / 60), m = minutes % 60;
  if (d > 0) return t('duration.days', { d, h });
  if (h > 0) return t('duration.hours', { h, m });
  return t('duration.minutes', { m });
}
