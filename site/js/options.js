// The <back-check> options as data: the configurator's form, the iframe page
// (embed.js) and the settings import all validate with these rules. Each
// check returns an error message, or '' when the value is usable. The URL,
// phone, e-mail and locale rules are the widget's own (web/rules/, built into
// /widget/rules.js), so the configurator accepts exactly what the widget does.
import { isEmail, LOCALES, phoneProblem, urlProblem } from '../widget/rules.js';

export const US_STATES = [
  ['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'],
  ['CO', 'Colorado'], ['CT', 'Connecticut'], ['DE', 'Delaware'], ['DC', 'District of Columbia'],
  ['FL', 'Florida'], ['GA', 'Georgia'], ['HI', 'Hawaii'], ['ID', 'Idaho'], ['IL', 'Illinois'],
  ['IN', 'Indiana'], ['IA', 'Iowa'], ['KS', 'Kansas'], ['KY', 'Kentucky'], ['LA', 'Louisiana'],
  ['ME', 'Maine'], ['MD', 'Maryland'], ['MA', 'Massachusetts'], ['MI', 'Michigan'], ['MN', 'Minnesota'],
  ['MS', 'Mississippi'], ['MO', 'Missouri'], ['MT', 'Montana'], ['NE', 'Nebraska'], ['NV', 'Nevada'],
  ['NH', 'New Hampshire'], ['NJ', 'New Jersey'], ['NM', 'New Mexico'], ['NY', 'New York'],
  ['NC', 'North Carolina'], ['ND', 'North Dakota'], ['OH', 'Ohio'], ['OK', 'Oklahoma'], ['OR', 'Oregon'],
  ['PA', 'Pennsylvania'], ['RI', 'Rhode Island'], ['SC', 'South Carolina'], ['SD', 'South Dakota'],
  ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'], ['VT', 'Vermont'], ['VA', 'Virginia'],
  ['WA', 'Washington'], ['WV', 'West Virginia'], ['WI', 'Wisconsin'], ['WY', 'Wyoming'],
];

const URL_MESSAGES = {
  invalid: 'Enter a full web address starting with https://, for example https://example.com/book.',
  http: 'Use https:// (plain http:// is only allowed for localhost or 127.0.0.1 while testing).',
  scheme: 'Only https:// web addresses are allowed here.',
};

/** https://… anywhere; http://localhost or 127.0.0.1 only, for testing. A full address: nothing relative. */
export function checkUrl(value) {
  return URL_MESSAGES[urlProblem(value)] ?? '';
}

const PHONE_MESSAGES = {
  characters: 'Use only digits, spaces and + ( ) - . / in the phone number (a + only at the start).',
  digits: 'A phone number has 7 to 15 digits, for example (608) 555-0142.',
};

export function checkPhone(value) {
  const problem = PHONE_MESSAGES[phoneProblem(value)];
  if (problem) return problem;
  // Tidier in the snippet than the widget requires (it takes up to 32).
  if (value.length > 20) return 'Write the phone number in at most 20 characters (fewer spaces).';
  return '';
}

export function checkEmail(value) {
  return isEmail(value) ? '' : 'Enter an e-mail address like care@example.com.';
}

/** WCAG relative luminance contrast of a #rgb / #rrggbb colour against white. */
export function contrastWithWhite(hex) {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
  if (!m) return NaN;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (luminance + 0.05);
}

export function checkAccent(value) {
  const ratio = contrastWithWhite(value);
  if (Number.isNaN(ratio)) return 'Enter a colour as a hex code, for example #0f6e6a.';
  if (ratio < 4.5) {
    return `White text on this colour has a contrast of ${ratio.toFixed(2)}:1; it needs at least 4.5:1. Pick a darker colour.`;
  }
  return '';
}

const lengthCheck = (max, what) => (value) =>
  value.length > max ? `${what} can be at most ${max} characters (now ${value.length}).` : '';

/**
 * Every attribute of <back-check>, in the order the snippet lists them.
 * type: text | url | select | bool. required: the configurator insists on it.
 */
export const OPTIONS = [
  { name: 'clinic-name', type: 'text', required: true, check: lengthCheck(80, 'The clinic name') },
  { name: 'clinic-phone', type: 'text', check: checkPhone },
  { name: 'clinic-email', type: 'text', check: checkEmail },
  { name: 'booking-url', type: 'url', check: checkUrl },
  { name: 'lead-endpoint', type: 'url', check: checkUrl },
  { name: 'locale', type: 'select', values: [...LOCALES] },
  { name: 'state', type: 'select', values: US_STATES.map(([code]) => code) },
  { name: 'accent', type: 'text', check: checkAccent },
  { name: 'logo', type: 'url', check: checkUrl },
  { name: 'direct-access-note', type: 'text', check: lengthCheck(300, 'The note') },
  { name: 'analytics', type: 'bool' },
  { name: 'include-answers', type: 'bool' },
];

export const OPTION_NAMES = OPTIONS.map((o) => o.name);

/** Validates one value (string for text/url/select, boolean for bool). */
export function checkOption(option, value) {
  if (option.type === 'bool') return typeof value === 'boolean' ? '' : 'Use true or false.';
  if (typeof value !== 'string') return 'Use text here.';
  const text = value.trim();
  if (!text) return option.required ? 'This is required.' : '';
  if (option.type === 'select' && !option.values.includes(text)) {
    return `Use one of: ${option.values.join(', ')}.`;
  }
  return option.check ? option.check(text) : '';
}
