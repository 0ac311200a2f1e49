// What the element does when it connects (kept tiny: it ships in back-check.js,
// while the form is the separate back-check-lead.js):
// - analytics: funnel events to the host page's dataLayer, only if the clinic set the attribute;
// - the outbox: leads that an earlier page could not deliver are sent now. The form
//   script is fetched only when such a lead exists, so a normal visit costs nothing.
import { attachAnalytics } from './analytics.js';
import { expire, PREFIX, store } from './outbox.js';

/** A stored lead that still needs sending (a refused one waits for nobody). */
export function hasPendingLeads(): boolean {
  const waiting = (key: string | null): boolean => {
    try {
      return !!key?.startsWith(PREFIX) && !JSON.parse(localStorage.getItem(key)!)?.rejected;
    } catch {
      return true; // damaged: the form script's outbox reader drops it
    }
  };
  try {
    for (let i = 0; i < localStorage.length; i++) if (waiting(localStorage.key(i))) return true;
  } catch {
    /* storage disabled: nothing can be pending */
  }
  return false;
}

/**
 * Call from connectedCallback; returns the cleanup for disconnectedCallback.
 * leadScript: URL of the script that holds the form (back-check-steps.js, next to back-check.js).
 */
export function connectLeads(host: HTMLElement, config: { analytics: boolean }, leadScript: string): () => void {
  // The level is relayed only while the clinic's separate opt-in is set (read at each event).
  const detach = config.analytics ? attachAnalytics(host, () => host.hasAttribute('analytics-levels')) : () => {};
  const s = store();
  if (s) expire(s); // on every visit: a refused lead must not wait for a pending one to expire
  if (hasPendingLeads())
    import(/* @vite-ignore */ leadScript).then(
      (m: typeof import('./form.js')) => m.flushOutbox(),
      () => {}, // offline: the next page load tries again
    );
  return detach;
}
