// The widget's languages: one list. The catalogs (web/locales/<code>.json), the
// locale attribute's check, the configurator's choices and the bundled
// first-screen texts (web/build.mjs) all follow it; a new language is a catalog
// and a code here (tests/web/rules.test.mjs checks that the catalogs match).
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

const TAG = new RegExp(`^(${LOCALES.join('|')})(-[A-Za-z]{2})?$`);

/** The locale attribute: a language of the list, optionally with a region ("es", "es-US"). */
export const isLocaleTag = (value: string): boolean => TAG.test(value);
