// When the element may do its work without costing the host page (issue 18):
// its first paint, and the element coming near the viewport.

/** Whether the host page has had its first contentful paint (unknown counts as not yet). */
export const hostPainted = (): boolean =>
  typeof performance.getEntriesByType === 'function' && performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint');

/** After the next frame is painted (at once in a hidden tab, where frames do not run). */
export function afterPaint(run: () => void): void {
  if (document.hidden) setTimeout(run);
  else requestAnimationFrame(() => setTimeout(run));
}

// "Near the viewport": within this distance of it (as browsers do for lazy
// images), so the core is usually in by the time a scrolling visitor reaches Start.
const NEAR = '1250px 0px';

/**
 * Runs `run` once `el` comes within NEAR of the viewport (IntersectionObserver
 * answers after a frame, so never before the host page's first paint); without
 * IntersectionObserver, after the first paint. Returns a function that stops
 * watching.
 */
export function whenNear(el: Element, run: () => void): () => void {
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
    { rootMargin: NEAR },
  );
  near.observe(el);
  return () => near.disconnect();
}
