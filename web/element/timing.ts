// When the element may do its work without costing the host page (issue 18):
// its first paint, the page's load event, and the element coming near the
// viewport. Also bundled into the inline loaders (web/boot.ts, web/frame-boot.ts).

/** Whether the host page has had its first contentful paint (unknown counts as not yet). */
export const hostPainted = (): boolean =>
  typeof performance.getEntriesByType === 'function' && performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint');

/** After the next frame is painted (at once in a hidden tab, where frames do not run). */
export function afterPaint(run: () => void): void {
  if (document.hidden) setTimeout(run);
  else requestAnimationFrame(() => setTimeout(run));
}

/** Once the page's load event has passed and the browser is idle (at most 1 s later). */
export function afterPageLoad(run: () => void): void {
  const idle = (): void => void (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 1000 }) : setTimeout(run, 50));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

// "Near the viewport": within this distance of it (as browsers do for lazy
// images), so the core is usually in by the time a scrolling visitor reaches Start.
const NEAR = '1250px 0px';

/**
 * Runs `run` once `el` comes within `margin` (NEAR) of the viewport (IntersectionObserver
 * answers after a frame, so never before the host page's first paint); without
 * IntersectionObserver, after the first paint. Returns a function that stops
 * watching.
 */
export function whenNear(el: Element, run: () => void, margin = NEAR): () => void {
  if (typeof IntersectionObserver !== 'function') {
    afterPaint(run);
    return () => {};
  }
  const near = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      near.disconnect();
      run();
    },
    { rootMargin: margin },
  );
  near.observe(el);
  return () => near.disconnect();
}
