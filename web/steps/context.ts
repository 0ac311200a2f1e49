// What every step module gets from the element: text, the answers, and a way
// to record a change (which the element persists for reload-and-resume).
import type { T } from '../i18n.js';
import type { Answers, Json } from '../store.js';

export interface StepContext {
  t: T;
  answers: Answers;
  get(path: string): Json;
  set(path: string, value: Json): void;
}
