// The widget's styles are one file, back-check.css (web/styles/widget.css,
// minified by the build), next to this script. A page that prints the first
// screen links it from the printed shadow root (web/element/first-screen.ts);
// that link stays in the root (the element replaces only its frame). Otherwise the element fetches the file once per
// page and adopts it as a constructable stylesheet: no style-src needed, and
// back-check.js does not carry a second copy (the 60 KB journey budget).
// A tiny bundled sheet holds the reserved height from the start (even if the
// styles cannot load), another takes the frame out until they are in, so
// nothing unstyled is painted (display, not visibility: content that appears
// from display:none starts no colour transitions). The clinic's accent colour (already checked with
// CSS.supports) is one more tiny sheet.
const RESERVE = ':host{display:block;min-height:var(--backcheck-min-height,540px)}';
const HIDE = '.frame{display:none}';
// How long the frame stays hidden waiting for back-check.css.
const STYLES_WAIT_MS = 4000;

let reserve: CSSStyleSheet | undefined;
let hide: CSSStyleSheet | undefined;
let fetched: Promise<CSSStyleSheet | null> | undefined;
const accents = new Map<string, CSSStyleSheet>();

const sheet = (css: string): CSSStyleSheet => {
  const made = new CSSStyleSheet();
  made.replaceSync(css);
  return made;
};

/** back-check.css as a constructable stylesheet, fetched once per page; null (and one warning) if it cannot load. */
function loadStyles(): Promise<CSSStyleSheet | null> {
  return (fetched ??= fetch(new URL('./back-check.css', import.meta.url))
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    })
    .then(sheet)
    .catch((error: unknown) => {
      console.warn(`<back-check>: its styles (back-check.css) could not be loaded: ${error}`);
      return null; // unstyled but usable
    }));
}

let late: Promise<void> | undefined;

/**
 * Resolves once back-check.css has kept the page waiting STYLES_WAIT_MS (never
 * if it came first): a stylesheet that never answers must not hide the widget
 * for good. Once per page, like the fetch, so one warning however many widgets.
 */
function stylesLate(): Promise<void> {
  return (late ??= new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      console.warn(`<back-check>: its styles (back-check.css) have not arrived after ${STYLES_WAIT_MS / 1000} s: the widget shows unstyled until they do`);
      resolve();
    }, STYLES_WAIT_MS);
    void loadStyles().then(() => clearTimeout(timer));
  }));
}

export interface RootStyles {
  /** Sets the root's adopted sheets for this accent colour (and again once the styles arrive). */
  adopt(accent?: string): void;
  /** Resolves once the styles apply, could not load or are late: the frame is shown from then on. */
  readonly styled: Promise<void>;
}

/**
 * Styles a shadow root: by its printed stylesheet when that has loaded (in
 * Chromium it has by the time the script runs: such a stylesheet blocks
 * scripts), else by the fetched one.
 */
export function styleRoot(root: ShadowRoot): RootStyles {
  const link = root.querySelector<HTMLLinkElement>('link[rel="stylesheet"]');
  let styles: CSSStyleSheet | null = null;
  let styled = !!link?.sheet;
  let accent: string | undefined;
  const adopt = (colour?: string): void => {
    accent = colour;
    const extra = accent ? (accents.get(accent) ?? accents.set(accent, sheet(`:host{--_a:var(--backcheck-accent,${accent})}`)).get(accent)!) : null;
    root.adoptedStyleSheets = [(reserve ??= sheet(RESERVE)), ...(styles ? [styles] : []), ...(styled ? [] : [(hide ??= sheet(HIDE))]), ...(extra ? [extra] : [])];
  };
  const show = (loaded?: CSSStyleSheet | null): void => {
    if (loaded !== undefined) styles = loaded;
    styled = true;
    adopt(accent);
  };
  // Shown once the styles apply, or unstyled once they are late (and styled when they come).
  const done = styled ? Promise.resolve() : Promise.race([loadStyles().then(show), stylesLate().then(() => show())]);
  return { adopt, styled: done };
}
