// What the element sends to the core (web/core.ts) once the visitor asks for
// the results. In back-check.js, beside the answer store, rather than in the
// steps' script: the element calls it, and the steps need not carry a second
// copy of the store's setAt (the whole-journey payload).
import type { Answers } from './store.js';
import { getAt, setAt } from './store.js';
import type { Protocol, Question } from './types.js';

/**
 * The answers as sent to the core: a test side with a method but no answer yet
 * is left out (not assessed) rather than sent as an error. Half-answered groups
 * go as they are: the core scores what is complete (PEG needs all three items).
 */
export function completeAnswers(protocol: Protocol, answers: Answers): Answers {
  const copy = JSON.parse(JSON.stringify(answers)) as Answers;
  for (const step of protocol.steps)
    for (const q of step.questions) {
      const value = getAt(copy, q.path);
      if ((q.type === 'rotation' || q.type === 'extension') && value && !complete(q, value)) setAt(copy, q.path, undefined);
    }
  return copy;
}

function complete(q: Question, v: Record<string, unknown>): boolean {
  if (v.method === 'compare') return typeof (q.type === 'rotation' ? v.compare : v.thigh) === 'string';
  return q.type === 'rotation' ? typeof v.internalDegrees === 'number' || typeof v.externalDegrees === 'number' : typeof v.degrees === 'number';
}
