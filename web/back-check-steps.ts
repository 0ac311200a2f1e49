// Entry of back-check-steps.js: the steps, the emergency screen, the
// results and the contact form. Not needed for the first screen (the intro), so it is imported with
// the core once the element comes near the viewport or Start is pressed, and
// the host page downloads only the first screen before that (issue 18).
export { renderStep } from './steps/step.js';
export { renderEmergency } from './steps/emergency.js';
export { renderResults } from './steps/results.js';
// The contact form and the outbox flush ride along: every journey that reaches the
// results needs them, and one script compresses better than two (the 60 KB budget).
export { mountLeadForm, flushOutbox } from './leads/form.js';
