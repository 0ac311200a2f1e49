// Which web addresses the widget and the configurator accept (booking link,
// lead endpoint, logo, the configurator's widget host): https anywhere; plain
// http only on this machine, while testing (BRIEF §4: the lead endpoint must be
// HTTPS; docs/embedding.md). javascript:, data:, ftp: and the rest never.
const THIS_MACHINE = /^(localhost|127\.0\.0\.1|\[::1\])$/;

/** Why an address is refused: not an address at all, http to another machine, or another scheme. */
export type UrlProblem = 'invalid' | 'http' | 'scheme';

/** The problem with an address, or '' when it is usable. A relative address is resolved against base. */
export function urlProblem(value: string | undefined, base?: string): UrlProblem | '' {
  let url: URL;
  try {
    url = new URL(value ?? '', base);
  } catch {
    return 'invalid';
  }
  if (url.protocol === 'https:') return '';
  if (url.protocol === 'http:') return THIS_MACHINE.test(url.hostname) ? '' : 'http';
  return 'scheme';
}

/** The address as a URL when it is usable (see urlProblem), else null. */
export const webUrl = (value: string | undefined, base?: string): URL | null =>
  value && !urlProblem(value, base) ? new URL(value, base) : null;
