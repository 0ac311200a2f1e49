// Locale catalogs: exactly one is fetched per page and language, next to the
// script (build.mjs copies web/locales/ to build/web/locales/). Only a few
// texts are bundled (web/build-texts.mjs keeps FALLBACK_KEYS of every catalog):
// enough for the header and the intro before the catalog arrives and, if the
// catalog cannot load, to point to the clinic.
import fallback from 'backcheck:fallback-texts';
import { LOCALES, type Locale } from './rules/locales.js';

export type Catalog = Record<string, string>;
export type { Locale };
const pending: Partial<Record<Locale, Promise<Catalog | null>>> = {};
const settled: Partial<Record<Locale, Catalog | null>> = {};

export function pickLocale(attr: string | null): Locale {
  const wanted = attr || (typeof navigator === 'object' ? navigator.language : 'en');
  const base = wanted.toLowerCase().split('-')[0];
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : 'en';
}

/**
 * The served catalog is nested by the dots of its keys, "" holding a key's own
 * text (web/build-texts.mjs, servedCatalog); the widget looks texts up by the
 * full key. A flat catalog (the sources) comes out as it is.
 */
export function flatten(node: object, prefix = '', into: Catalog = {}): Catalog {
  for (const [key, value] of Object.entries(node)) {
    const full = key ? prefix + key : prefix.slice(0, -1);
    if (typeof value === 'string') into[full] = value;
    else if (value && typeof value === 'object') flatten(value, `${full}.`, into);
  }
  return into;
}

/** Fetches a catalog once per page; resolves to null (and warns once) if it cannot load. Never rejects. */
export function loadCatalog(locale: Locale): Promise<Catalog | null> {
  return (pending[locale] ??= fetch(new URL(`./locales/${locale}.json`, import.meta.url))
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    })
    .then((catalog: unknown) => {
      if (!catalog || typeof catalog !== 'object' || Array.isArray(catalog)) throw new Error('not a catalog');
      return (settled[locale] = flatten(catalog));
    })
    .catch((error: unknown) => {
      // A task later: when the visitor reloads or leaves, the browser cancels the
      // fetch and then drops the unloaded page's tasks, so that is not reported.
      setTimeout(() => console.warn(`<back-check>: texts (${locale}) could not be loaded: ${error}`));
      return (settled[locale] = null);
    }));
}

/** The loaded catalog, null if it failed, undefined while it is still loading. */
export const catalogNow = (locale: Locale): Catalog | null | undefined => settled[locale];

/** Translator bound to a catalog; the bundled fallback texts fill gaps, the key itself is the last resort. */
export function translator(locale: Locale, catalog: Catalog) {
  const t = (key: string, vars?: Record<string, string | number>): string => {
    const text = catalog[key] ?? fallback[locale][key] ?? key;
    return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(vars[name] ?? m)) : text;
  };
  t.has = (key: string): boolean => key in catalog;
  t.locale = locale;
  t.unit = (value: number, unit: string, display: 'narrow' | 'short' | 'long' = 'narrow'): string => {
    try {
      return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: display, maximumFractionDigits: 1 }).format(value);
    } catch {
      return new Intl.NumberFormat(locale).format(value);
    }
  };
  t.num = (value: number): string => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  return t;
}
export type T = ReturnType<typeof translator>;
