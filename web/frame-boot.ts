// The iframe snippet's loader (issue 18), printed inline just before the
// <iframe data-backcheck-embed> (web/first-screen-build.mjs writes it,
// minified, with its CSP hash, into build/web/first-screen.json as
// `frameBoot`; site/js/snippets.js prints it).
//
// Chrome loads a `loading="lazy"` frame with the page when it lies within a
// few thousand pixels of the screen, and Lighthouse then counts the frame's
// page against the host page's first paint. So this script holds the frame's
// page until the host page has loaded (when the browser is idle), or until the
// frame comes near the screen, whichever is first; and it sizes the frame to
// the height its page reports (the protocol of embed-host.js, which older
// snippets load).
//
// Without this script (a site builder that strips scripts) the <iframe> keeps
// its src and loads as before, at its fixed height. The text is the same for
// every clinic, so one CSP hash allows it everywhere.
((boot: HTMLScriptElement | null) => {
  const parent = boot?.parentNode;
  if (!parent) return;

  // The frame is parsed after this script: catch it as it is inserted, before the browser has laid
  // it out (a mutation observer runs before the next rendering, where a lazy frame's load starts).
  const arrival = new MutationObserver(() => {
    const frame = boot.nextElementSibling;
    if (!frame) return;
    arrival.disconnect();
    if (frame instanceof HTMLIFrameElement && frame.hasAttribute('data-backcheck-embed')) hold(frame);
  });
  arrival.observe(parent, { childList: true });

  function hold(frame: HTMLIFrameElement): void {
    const src = frame.getAttribute('src');
    if (!src) return;
    // A copy without src in its place: removing src alone would not cancel a lazy load, and a copy's
    // first navigation later adds no entry to the visitor's history (Back still leaves the page).
    const held = frame.cloneNode() as HTMLIFrameElement;
    held.removeAttribute('src');
    frame.replaceWith(held);

    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      near.disconnect();
      held.setAttribute('src', src);
    };
    const near = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && release(), { rootMargin: '600px 0px' });
    near.observe(held);
    const idle = (): void => void (typeof requestIdleCallback === 'function' ? requestIdleCallback(release, { timeout: 1000 }) : setTimeout(release, 50));
    if (document.readyState === 'complete') idle();
    else addEventListener('load', idle, { once: true });

    // The frame's page reports its height (site/js/embed.js): only from this frame's window and origin, only a number.
    let origin = '';
    try {
      origin = new URL(src, location.href).origin;
    } catch {
      return; // an address the browser cannot read: it will not load the frame's page either
    }
    addEventListener('message', (event: MessageEvent) => {
      const data = event.data as { type?: unknown; height?: unknown } | null;
      const height = data?.height;
      if (event.source !== held.contentWindow || event.origin !== origin || data?.type !== 'backcheck:height') return;
      if (typeof height !== 'number' || !(height > 0 && height < 1e5)) return;
      held.style.height = `${Math.ceil(height)}px`;
      held.setAttribute('scrolling', 'no');
    });
  }
})(document.currentScript as HTMLScriptElement | null);
