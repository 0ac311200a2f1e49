// Funnel events for the host page's own tag manager: window.dataLayer.push,
// only when the clinic sets the analytics attribute. Built from a whitelist, so
// no answer, finding, score or contact detail can reach it, and nothing at all
// is pushed on the emergency screen (it promises that nothing was sent).
const ID = /^[a-zA-Z][a-zA-Z0-9_]{0,39}$/;
const LEVELS = ['urgent', 'pt_evaluation', 'self_care'];

type Data = Record<string, string | number>;

function push(data: Data): void {
  const w = window as unknown as { dataLayer?: unknown[] };
  (w.dataLayer = Array.isArray(w.dataLayer) ? w.dataLayer : []).push(data);
}

/** What one widget event becomes on the dataLayer, or null to push nothing. */
export function funnelEvent(type: string, detail: Record<string, unknown> = {}): Data | null {
  const { step, index, level, action, status } = detail;
  switch (type) {
    case 'backcheck:step':
      if (step === 'emergency' || typeof step !== 'string' || !ID.test(step)) return null;
      return { event: 'backcheck_step', backcheck_step: step, ...(typeof index === 'number' ? { backcheck_step_index: index } : {}) };
    case 'backcheck:result':
      return typeof level === 'string' && LEVELS.includes(level) ? { event: 'backcheck_result', backcheck_level: level } : null;
    case 'backcheck:cta':
      return typeof action === 'string' && ID.test(action) ? { event: 'backcheck_cta', backcheck_cta: action } : null;
    case 'backcheck:lead':
      return status === 'sent' ? { event: 'backcheck_lead_sent' } : null;
  }
  return null;
}

/** Listens on the element; returns a function that stops listening. */
export function attachAnalytics(host: EventTarget): () => void {
  let started = false;
  const types = ['backcheck:step', 'backcheck:result', 'backcheck:cta', 'backcheck:lead'];
  const listener = (ev: Event) => {
    const data = funnelEvent(ev.type, (ev as CustomEvent).detail ?? {});
    if (!data) return;
    if (!started && data.event === 'backcheck_step') push({ event: 'backcheck_started' });
    started ||= data.event === 'backcheck_step';
    push(data);
  };
  types.forEach((type) => host.addEventListener(type, listener));
  return () => types.forEach((type) => host.removeEventListener(type, listener));
}
