// Locale catalogs: English is bundled; Spanish is fetched lazily next to the
// script (build.mjs copies web/locales/ to build/web/locales/). The bundled
// English lacks the contact form's text (lead.*): loadCatalog(locale, true) adds it.
import en from './locales/en.json';

export type Catalog = Record<string, string>;
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

const loaded: Partial<Record<Locale, Catalog>> = { en };

export function pickLocale(attr: string | null): Locale {
  const wanted = attr || (typeof navigator === 'object' ? navigator.language : 'en');
  const base = wanted.toLowerCase().split('-')[0];
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : 'en';
}

/** `full`: also the contact form's text, which the bundled English catalog leaves out. */
export async function loadCatalog(locale: Locale, full = false): Promise<Catalog> {
  const have = loaded[locale];
  if (have && (!full || 'lead.title' in have)) return have;
  const response = await fetch(new URL(`./locales/${locale}.json`, import.meta.url));
  if (!response.ok) throw new Error(`locale ${locale}: HTTP ${response.status}`);
  return (loaded[locale] = (await response.json()) as Catalog);
}

/** Translator bound to a catalog; English fills gaps, the key itself is the last resort. */
export function translator(locale: Locale, catalog: Catalog) {
  const t = (key: string, vars?: Record<string, string | number>): string => {
    const text = catalog[key] ?? en[key as keyof typeof en] ?? key;
    return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(vars[name] ?? m)) : text;
  };
  t.has = (key: string): boolean => key in catalog || key in en;
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
