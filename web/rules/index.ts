// The shared rules as one script for the configurator and the iframe page
// (site/js/, plain JavaScript served as it is): web/build.mjs bundles this file
// into build/web/rules.js, which the demo site serves as /widget/rules.js.
// The widget imports the modules themselves.
export { isEmail, mailtoHref, EMAIL_MAX_LENGTH } from './email.js';
export { isPhone, phoneProblem, telHref, PHONE_MAX_LENGTH } from './phone.js';
export { urlProblem, webUrl } from './url.js';
export { LOCALES, isLocaleTag } from './locales.js';

import texts from 'backcheck:fallback-texts';
import { LOCALES, type Locale } from './locales.js';

/** The widget's own title in a language of LOCALES (English otherwise): the iframe snippet's title. */
export const widgetTitle = (locale: string): string => texts[(LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : 'en']['widget.title'];
