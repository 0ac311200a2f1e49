// Constructable stylesheets for the shadow root: one shared base sheet and a
// tiny one for the clinic's accent colour (already checked with CSS.supports).
// The base sheet is the first screen's rules (also back-check.css, for pages
// that print the first screen) followed by the rest.
import firstScreen from './first-screen.css';
import rest from './widget.css';

const css = firstScreen + rest;

let base: CSSStyleSheet | undefined;
const accents = new Map<string, CSSStyleSheet>();

export function sheets(accent?: string): CSSStyleSheet[] {
  if (!base) {
    base = new CSSStyleSheet();
    base.replaceSync(css);
  }
  if (!accent) return [base];
  let extra = accents.get(accent);
  if (!extra) {
    extra = new CSSStyleSheet();
    extra.replaceSync(`:host{--_a:var(--backcheck-accent,${accent})}`);
    accents.set(accent, extra);
  }
  return [base, extra];
}
