// The one phone rule: the clinic's number (widget attribute, configurator) and
// the visitor's (contact form), and the tel: links built from a number.
export const PHONE_MAX_LENGTH = 32;

/** Why a number is refused: characters other than digits, spaces and + ( ) - . / (a + only first), or not 7 to 15 digits (E.164). */
export type PhoneProblem = 'characters' | 'digits';

export function phoneProblem(value: string): PhoneProblem | '' {
  if (!/^\+?[\d\s().\-/]+$/.test(value)) return 'characters';
  return /^\d{7,15}$/.test(value.replace(/\D/g, '')) ? '' : 'digits';
}

export const isPhone = (value: string): boolean => value.length <= PHONE_MAX_LENGTH && !phoneProblem(value);

/** tel: with the digits and a leading plus only (whatever else the text holds). */
export const telHref = (phone: string): string => `tel:${/^\s*\+/.test(phone) ? '+' : ''}${phone.replace(/\D/g, '')}`;
