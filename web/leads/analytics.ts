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
  const id = (v: unknown): v is string => typeof v === 'string' && ID.test(v);
  if (type === 'backcheck:step' && id(step) && step !== 'emergency')
    return { event: 'backcheck_step', backcheck_step: step, ...(typeof index === 'number' && { backcheck_step_index: index }) };
  if (type === 'backcheck:result' && LEVELS.includes(level as string)) return { event: 'backcheck_result', backcheck_level: level as string };
  if (type === 'backcheck:cta' && id(action)) return { event: 'backcheck_cta', backcheck_cta: action };
  return type === 'backcheck:lead' && status === 'sent' ? { event: 'backcheck_lead_sent' } : null;
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
