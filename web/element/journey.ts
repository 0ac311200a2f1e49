// The visitor's way through the steps: the answers, the current step, and the
// rules for leaving a step (docs/widget.md, "Leaving a step"). No DOM here:
// each rule returns a Move, and the element shows the screen it names.
import { evaluate } from '../core.js';
import { Answers, getAt, JourneyStore, loadSession, setAt } from '../store.js';
import type { Protocol, Result } from '../types.js';
// The steps' script (back-check-steps.js) is in by the time a step is left.
import { completeAnswers } from '../steps-loader.js';

export type Leave = 'back' | 'skip' | 'next';
export type Move =
  | { to: 'step'; index: number }
  | { to: 'intro' }
  | { to: 'emergency' }
  | { to: 'results'; last: number } // evaluate the steps up to `last`
  | { stay: string }; // not left: the catalog key of the message the step shows

export class Journey {
  protocol: Protocol | null = null;
  answers: Answers = {};
  step = 0;
  resultStep = 0; // the step "Back" returns to from the results
  resumable = false; // a stored journey was found: the intro offers Resume
  #stored = new JourneyStore(); // sessionStorage until the results, then memory only

  /** Picks up a journey stored by an earlier page in this tab (a reload resumes). */
  resume(): void {
    const saved = loadSession();
    if (!saved) return;
    this.answers = saved.answers;
    this.step = saved.step;
    this.resumable = true;
  }

  get steps() {
    return this.protocol!.steps;
  }

  save(): void {
    this.#stored.save({ answers: this.answers, step: this.step });
  }

  /** Answer access for the step components. */
  get(path: string): unknown {
    return getAt(this.answers, path);
  }

  set(path: string, value: unknown): void {
    setAt(this.answers, path, value);
    this.save();
  }

  /** Codes ticked in checklists whose protocol option carries this triage level. */
  flagsTicked(level: string): string[] {
    const codes: string[] = [];
    for (const step of this.protocol?.steps ?? [])
      for (const q of step.questions)
        for (const o of q.options ?? [])
          if (o.level === level && ([] as unknown[]).concat(getAt(this.answers, q.path) ?? []).includes(o.value)) codes.push(o.value);
    return codes;
  }

  /**
   * A button that leaves the current step. On the warning-sign step a ticked
   * emergency leads to its screen whichever button is pressed; a ticked sign is
   * never dropped by "Skip"; "Next" with nothing ticked asks for "None of these".
   */
  leave(move: Leave): Move {
    const step = this.steps[this.step];
    const checklist = step.questions.find((q) => q.type === 'checklist');
    if (checklist) {
      if (this.flagsTicked('emergency').length) return { to: 'emergency' };
      const ticked = getAt(this.answers, checklist.path) as string[] | undefined;
      if (move === 'skip' && ticked?.length) return { stay: 'nav.safety.keepTicked' };
      if (move === 'next' && ticked === undefined) return { stay: 'nav.safety.answer' };
    }
    if (move === 'back') return this.step > 0 ? { to: 'step', index: this.step - 1 } : { to: 'intro' };
    if (move === 'skip') {
      for (const q of step.questions) setAt(this.answers, q.path, undefined);
      this.save();
    }
    return this.forward();
  }

  /** After the current step: an emergency, the adults-only stop, the next step or the results. */
  forward(): Move {
    if (this.flagsTicked('emergency').length) return { to: 'emergency' };
    // Under 18: the adults-only screen at once, without the tests or the mood questions.
    if (this.#minorAt(this.step)) return { to: 'results', last: this.step };
    if (this.step + 1 < this.steps.length) return { to: 'step', index: this.step + 1 };
    return { to: 'results', last: this.steps.length - 1 };
  }

  /** The age answer on this step is under the protocol's adult age: the check stops here. */
  #minorAt(index: number): boolean {
    const age = this.steps[index].questions.find((q) => typeof q.adultMinInclusive === 'number');
    const years = age ? getAt(this.answers, age.path) : undefined;
    return typeof years === 'number' && years < age!.adultMinInclusive!;
  }

  /** Moves to a step (a stored step from an older protocol may be out of range); returns its index. */
  goTo(index: number): number {
    this.step = Math.max(0, Math.min(index | 0, this.steps.length - 1));
    this.resumable = false;
    this.save();
    return this.step;
  }

  /** The answers as the core takes them (every step's questions present, docs/contract.md). */
  complete(): Answers {
    return completeAnswers(this.protocol!, this.answers);
  }

  /** Evaluates the answers of the steps up to `last`; a core that cannot answer gives an "invalid" result. */
  async evaluate(last: number): Promise<Result> {
    const answers = this.complete();
    for (const step of this.steps.slice(last + 1)) for (const q of step.questions) setAt(answers, q.path, undefined);
    this.resultStep = last;
    try {
      return await evaluate({ ...answers, schemaVersion: this.protocol!.schemaVersion });
    } catch {
      // The core could not answer (web/core.ts): the screen for answers it could not use, with Back.
      return { coreVersion: '', schemaVersion: this.protocol!.schemaVersion, outcome: 'invalid', errors: [] };
    }
  }

  /** The results or the emergency screen are shown: nothing stays stored from here on. */
  finish(): void {
    this.#stored.finish();
  }

  restart(): void {
    this.answers = {};
    this.resumable = false;
    this.#stored.restart();
  }
}
