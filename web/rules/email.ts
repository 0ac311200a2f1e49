// The one e-mail rule: the clinic's address (widget attribute, configurator)
// and the visitor's (contact form). Letters and digits of any script, the
// common local-part symbols, a domain of letters, digits and hyphens with at
// least one dot. No ?, &, #, quotes or spaces, so an accepted address can go
// into a mailto: link as it is and cannot add a subject, a body or a cc.
export const EMAIL_MAX_LENGTH = 254; // RFC 5321 path limit

const EMAIL = /^[\p{L}\p{N}.!$%*+=^_`{|}~'-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u;

export const isEmail = (value: string): boolean => value.length <= EMAIL_MAX_LENGTH && EMAIL.test(value);

/**
 * A mailto: link, with a subject and a body when given; null for an address
 * isEmail refuses. Long bodies are cut, as some mail apps reject long URLs.
 */
export function mailtoHref(to: string | undefined, subject = '', body = ''): string | null {
  if (!to || !isEmail(to)) return null;
  const text = body.length > 1800 ? `${body.slice(0, 1800)}…` : body;
  const query = [subject && `subject=${encodeURIComponent(subject)}`, text && `body=${encodeURIComponent(text)}`].filter(Boolean).join('&');
  return `mailto:${to}${query && `?${query}`}`;
}
