// Forwarders to back-check-steps.js (web/back-check-steps.ts), which the
// element imports with the core (loadSteps) instead of bundling: the first
// screen does not need it. The element calls these only once the protocol is
// in, which waits for loadSteps() too.
type Steps = typeof import('./back-check-steps.js');

let steps: Steps | undefined;
const stepsScript = (): string => new URL('./back-check-steps.js', import.meta.url).href;

/** Imports back-check-steps.js once; rejects if it cannot load. */
export function loadSteps(): Promise<void> {
  return steps ? Promise.resolve() : import(/* @vite-ignore */ stepsScript()).then((module: Steps) => void (steps = module));
}

export const renderStep: Steps['renderStep'] = (...args) => steps!.renderStep(...args);
export const renderEmergency: Steps['renderEmergency'] = (...args) => steps!.renderEmergency(...args);
export const renderResults: Steps['renderResults'] = (...args) => steps!.renderResults(...args);
// The answers for the core: in back-check.js itself (web/answers.ts), no forwarder needed.
export { completeAnswers } from './answers.js';
