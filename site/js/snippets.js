// Builds the two snippets a clinic pastes: script + element, and iframe +
// host script. Pure functions of the settings, so tests and the page agree.
import { widgetTitle } from '../widget/rules.js';
import { printBoot, printFirstScreen } from './first-screen.js';
import { OPTIONS } from './options.js';

export const IFRAME_FALLBACK_HEIGHT = 900;

const escapeAttr = (value) =>
  String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Attributes in OPTIONS order: [name, value] pairs; booleans only when on. */
export function attributePairs(settings) {
  const pairs = [];
  for (const { name, type } of OPTIONS) {
    const value = settings[name];
    if (type === 'bool') {
      if (value === true) pairs.push([name, '']);
    } else if (typeof value === 'string' && value.trim()) {
      pairs.push([name, value.trim()]);
    }
  }
  return pairs;
}

const base = (widgetHost) => widgetHost.replace(/\/+$/, '');

/**
 * `firstScreen`: build/web/first-screen.json of the widget host. With it, and
 * a language chosen, the element carries its first screen, which the page
 * paints before the script has arrived (site/js/first-screen.js, issue 18),
 * and the loader follows the element (`loader: false`: a module tag instead,
 * for a page whose Content-Security-Policy allows no inline script).
 */
export function elementSnippet(settings, widgetHost, integrity = '', firstScreen = null, { loader = true } = {}) {
  const src = `${base(widgetHost)}/widget/back-check.js`;
  const attrs = attributePairs(settings)
    .map(([name, value]) => (value === '' ? `\n  ${name}` : `\n  ${name}="${escapeAttr(value)}"`))
    .join('');
  const printed = printFirstScreen(firstScreen, {
    base: `${base(widgetHost)}/widget/`,
    locale: settings.locale,
    clinicName: settings['clinic-name'],
    logo: settings.logo,
  });
  const element = `<back-check${attrs}\n>${printed ? `\n${printed}\n` : ''}</back-check>`;
  // The loader after the element: back-check.js once the page has loaded, or at the visitor's first touch (docs/embedding.md).
  const boot = loader ? printBoot(firstScreen, { src, integrity }) : '';
  if (boot) return `${element}\n${boot}`;
  // Without the host's first-screen.json, or for a page whose CSP allows no inline script at all: the
  // plain module tag (fetchpriority="low": the page's own CSS and images first).
  const sri = integrity ? ` integrity="${escapeAttr(integrity)}" crossorigin="anonymous"` : '';
  return `<script type="module" src="${escapeAttr(src)}"${sri} fetchpriority="low"></script>\n${element}`;
}

export function embedUrl(settings, widgetHost) {
  const query = new URLSearchParams();
  for (const [name, value] of attributePairs(settings)) query.set(name, value === '' ? '1' : value);
  const search = query.toString();
  return `${base(widgetHost)}/embed.html${search ? `?${search}` : ''}`;
}

/**
 * The iframe snippet, for site builders that remove scripts. With
 * `firstScreen` (build/web/first-screen.json) it starts with the frame's
 * loader (web/frame-boot.ts: the frame's page waits for the host page's load,
 * and the frame takes its page's height); a builder that strips the script
 * still shows the frame, at its fixed height. Without it (a widget build from
 * before the loader), embed-host.js resizes the frame.
 */
export function iframeSnippet(settings, widgetHost, firstScreen = null) {
  const title = escapeAttr(widgetTitle(settings.locale)); // the widget's own title, in its language
  const frame =
    `<iframe data-backcheck-embed src="${escapeAttr(embedUrl(settings, widgetHost))}"\n` +
    `  title="${title}" width="100%" height="${IFRAME_FALLBACK_HEIGHT}" frameborder="0"\n` +
    `  loading="lazy" allow="accelerometer; gyroscope"></iframe>`;
  const loader = firstScreen?.frameBoot?.script;
  if (typeof loader === 'string' && loader) return `<script>${loader}</script>\n${frame}`;
  return `${frame}\n<script src="${escapeAttr(base(widgetHost))}/embed-host.js" defer></script>`;
}
