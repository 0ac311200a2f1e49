// Funnel events for the host page's own tag manager: window.dataLayer.push,
// only when the clinic sets the analytics attribute. Built from a whitelist, so
// no answer, finding, score or contact detail can reach it, and nothing at all
// is pushed on the emergency screen (it promises that nothing was sent).
// The triage level is health data (`urgent` discloses a strong red flag such as
// a cancer history): by default backcheck_result says only that the results
// were reached; the level rides along only with the separate analytics-levels
// attribute (docs/widget.md, "Events").
const ID = /^[a-zA-Z][a-zA-Z0-9_]{0,39}$/;
const LEVELS = ['urgent', 'pt_evaluation', 'self_care'];

type Data = Record<string, string | number>;

function push(data: Data): void {
  const w = window as Window & { dataLayer?: unknown[] };
  (w.dataLayer = Array.isArray(w.dataLayer) ? w.dataLayer : []).push(data);
}

/** The detail of the element's backcheck:result event: empty unless the clinic opted in to levels. */
export function resultDetail(level: string, config: { analyticsLevels?: boolean }): Record<string, string> {
  return config.analyticsLevels && LEVELS.includes(level) ? { level } : {};
}

/** What one widget event becomes on the dataLayer, or null to push nothing. */
export function funnelEvent(type: string, detail: Record<string, unknown> = {}, levels = false): Data | null {
  const { step, index, level, action, status } = detail;
  const id = (v: unknown): v is string => typeof v === 'string' && ID.test(v);
  if (type === 'backcheck:step' && id(step) && step !== 'emergency')
    return { event: 'backcheck_step', backcheck_step: step, ...(typeof index === 'number' && { backcheck_step_index: index }) };
  if (type === 'backcheck:result' && (level === undefined || LEVELS.includes(level as string)))
    return { event: 'backcheck_result', ...(levels && LEVELS.includes(level as string) && { backcheck_level: level as string }) };
  if (type === 'backcheck:cta' && id(action)) return { event: 'backcheck_cta', backcheck_cta: action };
  return type === 'backcheck:lead' && status === 'sent' ? { event: 'backcheck_lead_sent' } : null;
}

/** Listens on the element; returns a function that stops listening. levels: may the triage level be relayed now? */
export function attachAnalytics(host: EventTarget, levels: () => boolean = () => false): () => void {
  let started = false;
  const types = ['backcheck:step', 'backcheck:result', 'backcheck:cta', 'backcheck:lead'];
  const listener = (ev: Event) => {
    const data = funnelEvent(ev.type, (ev as CustomEvent).detail ?? {}, levels());
    if (!data) return;
    if (!started && data.event === 'backcheck_step') push({ event: 'backcheck_started' });
    started ||= data.event === 'backcheck_step';
    push(data);
  };
  types.forEach((type) => host.addEventListener(type, listener));
  return () => types.forEach((type) => host.removeEventListener(type, listener));
}
