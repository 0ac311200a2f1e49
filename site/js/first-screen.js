// Prints the widget's first screen inside <back-check> as a declarative shadow
// root, from the templates the build renders with the element's own code
// (build/web/first-screen.json, web/first-screen-build.mjs). The page then
// paints the first screen with its own first paint, before the widget's script
// arrives; the element keeps those nodes (issue 18, docs/embedding.md).
// Used by the configurator's snippet and the demo server; the WordPress plugin
// does the same in PHP (wordpress/backcheck/includes/first-screen.php).
//
// Give it values the element accepts (the configurator and the plugin check
// them first): a value the element would refuse only costs a re-render, but a
// logo is fetched as soon as the page is parsed.

const escapeHtml = (value) =>
  String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// The element ignores a longer clinic name (web/config.ts, MAX_LENGTH).
const MAX_NAME = 120;

/**
 * The declarative shadow root for one element: the first screen and its
 * stylesheet; only the stylesheet when the locale is not fixed (without a
 * `locale` attribute the visitor's browser picks the language, which a page
 * cannot know in advance; the stylesheet then still loads with the page, not
 * after the script); '' without templates. `base` is the folder of
 * back-check.js, e.g. "https://widget.example.com/widget/".
 */
export function printFirstScreen(firstScreen, { base, locale, clinicName = '', logo = '' }) {
  if (!firstScreen?.stylesOnly) return '';
  const templates = locale ? firstScreen.locales?.[String(locale).toLowerCase().split('-')[0]] : undefined;
  const name = String(clinicName).trim();
  const values = { base: base.endsWith('/') ? base : `${base}/`, name: name.length <= MAX_NAME ? name : '', logo: String(logo).trim() };
  const key = [values.name && 'name', values.logo && 'logo'].filter(Boolean).join(' ') || 'plain';
  return (templates?.[key] ?? firstScreen.stylesOnly).replace(/\{\{(base|name|logo)\}\}/g, (_, field) => escapeHtml(values[field]));
}

/**
 * The inline loader printed after the element (web/boot.ts, issue 18): it
 * requests `src` (back-check.js) after the page's load event, or as soon as
 * the visitor touches, focuses or presses the widget, so the page's own first
 * paint never shares the network with it. Its text is the same for every
 * clinic: a Content-Security-Policy allows it by `firstScreen.boot.hash`.
 * '' without a loader in the templates (a widget build from before it).
 */
export function printBoot(firstScreen, { src, integrity = '' }) {
  const boot = firstScreen?.boot;
  if (!boot?.script) return '';
  const sri = integrity ? ` data-backcheck-integrity="${escapeHtml(integrity)}"` : '';
  return `<script data-backcheck-src="${escapeHtml(src)}"${sri}>${boot.script}</script>`;
}
