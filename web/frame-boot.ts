// The iframe snippet's loader (issue 18), printed inline just before the
// <iframe data-backcheck-embed> (web/first-screen-build.mjs writes it,
// minified, with its CSP hash, into build/web/first-screen.json as
// `frameBoot`; site/js/snippets.js prints it).
//
// Chrome loads a `loading="lazy"` frame with the page when it lies within a
// few thousand pixels of the screen, and Lighthouse then counts the frame's
// page against the host page's first paint. So this script holds the frame's
// page until the host page has loaded (when the browser is idle), or until the
// frame comes near the screen, whichever is first; and it sizes every
// iframe[data-backcheck-embed] to the height its page reports (the protocol of
// embed-host.js, which older snippets load).
//
// Without this script (a site builder that strips scripts) the <iframe> keeps
// its src and loads as before, at its fixed height. The text is the same for
// every clinic, so one CSP hash allows it everywhere.
import { afterPageLoad, whenNear } from './element/timing.js';

((boot: HTMLScriptElement | null) => {
  const FRAMES = 'iframe[data-backcheck-embed]';

  // Sizing: a frame's page reports its height (site/js/embed.js). Only from the window of one of these
  // frames and from the origin of its src, only a number. Any such frame, wherever a builder put it.
  const originOf = (frame: HTMLIFrameElement): string => {
    try {
      return new URL(frame.src, location.href).origin;
    } catch {
      return '';
    }
  };
  addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    const height = data?.height;
    if (data?.type !== 'backcheck:height' || typeof height !== 'number' || !(height > 0 && height < 1e5)) return;
    for (const frame of document.querySelectorAll<HTMLIFrameElement>(FRAMES)) {
      if (frame.contentWindow !== event.source || originOf(frame) !== event.origin) continue;
      frame.style.height = `${Math.ceil(height)}px`;
      frame.setAttribute('scrolling', 'no');
    }
  });

  // Holding: only while the page is being parsed, and only a frame the parser inserts after this script.
  // A frame already there (a snippet inserted by a script, or this script run again by an optimisation
  // plugin) is never touched: replacing it would reload it, and a visitor may be using it.
  const parent = boot?.parentNode;
  if (!parent || document.readyState !== 'loading' || typeof IntersectionObserver !== 'function') return;
  // A mutation observer runs before the next rendering, where a lazy frame's load starts.
  const arrived = (records: MutationRecord[]): void => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof HTMLIFrameElement) || !node.matches(FRAMES)) continue;
        if (!(boot.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
        arrival.disconnect();
        hold(node);
        return;
      }
    }
  };
  const arrival = new MutationObserver(arrived);
  // The subtree: a builder may put a <br> between the two, or wrap the frame.
  arrival.observe(parent, { childList: true, subtree: true });
  // When the frame is the end of the page, Chromium can fire DOMContentLoaded in the same task that
  // inserted it, before the observer has been told: take those records first (still before rendering).
  addEventListener(
    'DOMContentLoaded',
    () => {
      arrived(arrival.takeRecords());
      arrival.disconnect();
    },
    { once: true },
  );

  function hold(frame: HTMLIFrameElement): void {
    const src = frame.getAttribute('src');
    if (!src) return;
    // A copy without src in its place: removing src alone would not cancel a lazy load, and a copy's
    // first navigation later adds no entry to the visitor's history (Back still leaves the page).
    const held = frame.cloneNode() as HTMLIFrameElement;
    held.removeAttribute('src');
    let released = false;
    let stopWatching = (): void => {};
    const release = (): void => {
      if (released) return;
      released = true;
      stopWatching();
      held.setAttribute('src', src);
    };
    frame.replaceWith(held);
    stopWatching = whenNear(held, release, '600px 0px');
    afterPageLoad(release);
  }
})(document.currentScript as HTMLScriptElement | null);
