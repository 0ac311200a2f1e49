// <back-check>: the visitor-facing widget. Importing this module has no side
// effect; back-check-define.ts registers the element. The steps come from the
// core's protocol(); the results from the core's evaluate().
// Startup: the intro is rendered as the element connects, from bundled texts;
// once the element is near the viewport (or Start is pressed) the core (glue +
// .wasm) and the visitor's catalog load in parallel, so a widget further down
// an article costs the host page nothing but its script. Start pressed before
// both are here waits with a status (docs/widget.md).
import { coreCanRun, evaluate, protocol } from './core.js';
import { BOOLEAN_ATTRS, Config, readConfig, reflectAttributes, STRING_ATTRS } from './config.js';
import { h } from './dom.js';
import { markFocus, restoreFocus } from './focus.js';
import { catalogNow, loadCatalog, Locale, pickLocale, T, translator } from './i18n.js';
import { Answers, getAt, JourneyStore, loadSession, setAt } from './store.js';
import type { Protocol, Result } from './types.js';
import { renderIntro, showPreparing } from './steps/intro.js';
// The steps and results are back-check-steps.js, imported with the core (web/steps-loader.ts).
import { completeAnswers, loadSteps, renderEmergency, renderResults, renderStep } from './steps-loader.js';
import { sheets } from './styles/sheet.js';
import { connectLeads } from './leads/connect.js';
import { resultDetail } from './leads/analytics.js';

// The contact form (web/leads/form.ts) is part of back-check-steps.js.
const leadScript = (): string => new URL('./back-check-steps.js', import.meta.url).href;

// "Near the viewport": within this distance of it (as browsers do for lazy
// images), so the core is usually in by the time a scrolling visitor reaches Start.
const NEAR = '1250px 0px';

/** Whether the host page has had its first contentful paint (unknown counts as not yet). */
const hostPainted = (): boolean =>
  typeof performance.getEntriesByType === 'function' && performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint');

/** After the next frame is painted (at once in a hidden tab, where frames do not run). */
const afterPaint = (run: () => void): void => {
  if (document.hidden) setTimeout(run);
  else requestAnimationFrame(() => setTimeout(run));
};

type View = 'intro' | 'step' | 'emergency' | 'results' | 'failed';
type Detail = Record<string, string | number>;

// The interface below declares the properties reflectAttributes() defines on the prototype.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class BackCheckElement extends HTMLElement {
  static readonly tagName = 'back-check';
  static readonly observedAttributes = [...Object.keys(STRING_ATTRS), ...Object.keys(BOOLEAN_ATTRS)];

  #root: ShadowRoot;
  #t: T = translator('en', {});
  #config: Config = { analytics: false, analyticsLevels: false, includeAnswers: false };
  #warned = '';
  #protocol: Protocol | null = null;
  #answers: Answers = {};
  #stored = new JourneyStore(); // sessionStorage until the results, then memory only
  #step = 0;
  #resultStep = 0; // the step "Back" returns to from the results
  #view: View = 'intro';
  #result: Result | null = null;
  #queued = false;
  #started = false;
  #resumable = false;
  #pending: (() => void) | null = null; // Start/Resume/Restart pressed before the core was ready
  #coreReady = false;
  #loadStarted = false; // core and catalog requested (near the viewport, after the first paint)
  #near: IntersectionObserver | undefined; // waits for the element to come near the viewport
  #readySent = false;
  #lang: Locale = 'en'; // the locale of the last render (or of connect, before it)
  #focusHeading = false; // after a visitor's action; never on page load (it would scroll the host page)
  #disconnect: (() => void) | undefined;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    // At once, not after the catalog arrives: the sheet holds the reserved height.
    this.#root.adoptedStyleSheets = sheets();
  }

  connectedCallback(): void {
    if (!this.#started) {
      this.#started = true;
      const saved = loadSession();
      if (saved) {
        this.#answers = saved.answers;
        this.#step = saved.step;
        this.#resumable = true;
      }
    }
    this.#lang = pickLocale(readConfig(this).config.locale ?? null);
    this.#schedule();
    // Everything else waits until the first screen is painted: the outbox check
    // reads localStorage, slow on a cold page; the analytics relay is not needed yet.
    afterPaint(() => {
      if (this.isConnected) this.#disconnect ??= connectLeads(this, readConfig(this).config, leadScript());
    });
    this.#loadWhenNear();
  }

  /**
   * The core's and the catalog's fetches, the .wasm's compile and the glue's
   * import cost bandwidth and main-thread time the host page's own first paint
   * and interactivity should not share (issue 18): they start once the element
   * comes within NEAR of the viewport (IntersectionObserver answers after a
   * frame, so never before the host page's first paint), or when Start is
   * pressed. Without IntersectionObserver, or without WebAssembly (nothing to
   * fetch: the notice shows at once), after the first paint as before.
   */
  #loadWhenNear(): void {
    if (this.#loadStarted || this.#near) return;
    if (typeof IntersectionObserver !== 'function' || !coreCanRun()) return afterPaint(() => this.#load());
    this.#near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#stopWatching();
        this.#load();
      },
      { rootMargin: NEAR },
    );
    this.#near.observe(this);
  }

  #stopWatching(): void {
    this.#near?.disconnect();
    this.#near = undefined;
  }

  /** Starts loading the core, the steps' script and the visitor's catalog (once; web/core.ts fetches the glue and the .wasm at once). */
  #load(): void {
    if (this.#loadStarted) return;
    this.#loadStarted = true;
    Promise.all([protocol(), loadSteps()])
      .then(([p]) => {
        if (!Array.isArray(p.steps) || !p.steps.length) throw new Error('empty protocol');
        this.#protocol = p;
      })
      .then(() => this.#proceed())
      .catch(() => {
        // web/core.ts has turned every failure into a rejection (a steps' script that cannot load too); the visitor gets a plain notice.
        this.#pending = null;
        this.#view = 'failed';
        this.#schedule();
      });
    this.#fetchCatalog(this.#lang);
  }

  /** Fetches a catalog (once per page, web/i18n.ts); its arrival re-renders and lets a waiting Start go on. */
  #fetchCatalog(locale: Locale): void {
    void loadCatalog(locale).then(() => {
      this.#schedule();
      this.#proceed();
    });
  }

  /** The steps need the protocol and the visitor's catalog. */
  #stepsReady(): boolean {
    return this.#protocol !== null && !!catalogNow(this.#lang);
  }

  /** Once the steps are ready, a waiting Start goes on. */
  #proceed(): void {
    if (this.#view === 'failed' || !this.#stepsReady()) return;
    if (!this.#coreReady) {
      this.#coreReady = true;
      this.dispatchEvent(new CustomEvent('backcheck:core-ready', { bubbles: true, composed: true }));
    }
    const pending = this.#pending;
    this.#pending = null;
    pending?.();
  }

  /** A press on the intro: now if the core is ready, else once it is (a second press changes nothing). */
  #request(action: () => void): void {
    if (this.#pending || this.#view !== 'intro') return;
    if (this.#stepsReady()) return action();
    this.#stopWatching();
    this.#load(); // pressed before the element came near the viewport (e.g. a script's click())
    this.#pending = action;
    // Focus stays on the pressed button; the status says why nothing happens yet.
    showPreparing(this.#root.querySelector('[part="intro"]'), this.#t);
  }

  disconnectedCallback(): void {
    this.#stopWatching();
    this.#disconnect?.();
    this.#disconnect = undefined;
  }

  attributeChangedCallback(): void {
    this.#schedule();
  }

  /**
   * Batches attribute changes into one render per microtask. The first render
   * waits for the host page's first contentful paint when that has not
   * happened yet (issue 18: the widget's styles and layout in the page's first
   * frame delayed its FCP, although the widget sat far below the fold); the
   * reserved height keeps the page still meanwhile.
   */
  #schedule(): void {
    if (this.#queued) return;
    this.#queued = true;
    const run = () => {
      this.#queued = false;
      this.#render();
    };
    if (this.#readySent || hostPainted()) queueMicrotask(run);
    else afterPaint(run);
  }

  #render(): void {
    const { config, invalid: wrong } = readConfig(this);
    this.#config = config;
    const locale = (this.#lang = pickLocale(config.locale ?? null));
    const catalog = catalogNow(locale);
    // Until the catalog is here only the bundled texts exist: enough for the intro (and the failure notice).
    if (catalog === undefined && this.#loadStarted) this.#fetchCatalog(locale);
    const t = (this.#t = translator(locale, catalog ?? {}));
    // Without a catalog the widget cannot work anyway; its notice waits (one console warning is enough).
    const invalid = catalog ? wrong : [];
    const key = invalid.join(',');
    if (key && key !== this.#warned) console.warn(`<back-check>: ${t('config.console')} ${key}`);
    this.#warned = key;

    this.#root.adoptedStyleSheets = sheets(config.accent);
    const body = catalog === null ? this.#failed() : this.#body();
    const frame = h(
      'div',
      { class: 'frame', part: 'frame', lang: t.locale },
      h(
        'header',
        { class: 'head', part: 'header' },
        config.logo ? h('img', { src: config.logo, alt: '', class: 'logo', part: 'logo' }) : null,
        h('span', null, config.clinicName ? `${config.clinicName} · ${t('widget.title')}` : t('widget.title')),
      ),
      invalid.length
        ? h('div', { class: 'notice', role: 'alert', part: 'config-error' }, t('config.invalid'), ' ', h('code', null, invalid.join(', ')))
        : null,
      body,
      h('p', { class: 'sr', 'aria-live': 'polite', id: 'live' }),
    );
    // A re-render of the same screen (catalog arrived, attributes changed) keeps focus where it was.
    const mark = this.#focusHeading ? null : markFocus(this.#root);
    this.#root.replaceChildren(frame);
    if (this.#focusHeading) this.#root.querySelector<HTMLElement>('h2')?.focus();
    else restoreFocus(this.#root, mark);
    this.#focusHeading = false;
    if (!this.#readySent && this.isConnected) {
      // The first screen is shown and usable (Start works, waiting for the core if need be).
      this.#readySent = true;
      this.dispatchEvent(new CustomEvent('backcheck:ready', { bubbles: true, composed: true }));
    }
  }

  /** The core or the catalog could not load: say so and point to the clinic (bundled texts only). */
  #failed(): HTMLElement {
    const t = this.#t;
    const phone = this.#config.clinicPhone;
    return h(
      'p',
      { class: 'notice', role: 'alert', part: 'status' },
      t('widget.failed'),
      phone ? ' ' : null,
      phone ? h('a', { href: `tel:${phone.replace(/[^\d+]/g, '')}`, part: 'button call' }, t('cta.call', { phone })) : null,
    );
  }

  #body(view = this.#view): HTMLElement {
    const t = this.#t;
    const p = this.#protocol;
    switch (view) {
      case 'failed':
        return this.#failed();
      case 'intro':
        return renderIntro(
          t,
          this.#resumable,
          this.#pending !== null,
          () => this.#request(() => this.#go(this.#resumable ? this.#step : 0)),
          () => this.#request(() => this.#restart()),
        );
      case 'emergency':
        return renderEmergency(t, this.#flagsTicked('emergency'), this.#config.clinicPhone, () => this.#go(0));
      case 'results':
        return renderResults(this.#result!, {
          t,
          config: this.#config,
          protocol: p!,
          answers: this.#answers,
          back: () => this.#go(this.#resultStep),
          restart: () => this.#restart(),
          cta: (action) => this.#emit('cta', { action }),
          announce: (text) => this.#announce(text),
          mountLead: (box, result) => this.#mountLead(box, result),
        });
      default: {
        const steps = p!.steps;
        return renderStep(steps[this.#step], this.#step, steps.length, this.#context(), {
          back: () => this.#leave('back'),
          skip: () => this.#leave('skip'),
          next: () => this.#leave('next'),
        });
      }
    }
  }

  #context() {
    return {
      t: this.#t,
      answers: this.#answers,
      get: (path: string) => getAt(this.#answers, path),
      set: (path: string, value: unknown) => {
        setAt(this.#answers, path, value);
        this.#save();
      },
    };
  }

  #save(): void {
    this.#stored.save({ answers: this.#answers, step: this.#step });
  }

  /** Codes ticked in checklists whose protocol option carries this triage level. */
  #flagsTicked(level: string): string[] {
    const codes: string[] = [];
    for (const step of this.#protocol?.steps ?? [])
      for (const q of step.questions)
        for (const o of q.options ?? [])
          if (o.level === level && ([] as unknown[]).concat(getAt(this.#answers, q.path) ?? []).includes(o.value)) codes.push(o.value);
    return codes;
  }

  /**
   * A button that leaves the current step (docs/widget.md, "Leaving a step").
   * On the warning-sign step a ticked emergency leads to its screen whichever
   * button is pressed; a ticked sign is never dropped by "Skip"; "Next" with
   * nothing ticked asks for "None of these". Returns the catalog key of the
   * message when the step is not left.
   */
  #leave(move: 'back' | 'skip' | 'next'): string | void {
    const step = this.#protocol!.steps[this.#step];
    const checklist = step.questions.find((q) => q.type === 'checklist');
    if (checklist) {
      if (this.#flagsTicked('emergency').length) return this.#emergency();
      const ticked = getAt(this.#answers, checklist.path) as string[] | undefined;
      if (move === 'skip' && ticked?.length) return 'nav.safety.keepTicked';
      if (move === 'next' && ticked === undefined) return 'nav.safety.answer';
    }
    if (move === 'back') return this.#step > 0 ? this.#go(this.#step - 1) : this.#show('intro');
    if (move === 'skip') {
      for (const q of step.questions) setAt(this.#answers, q.path, undefined);
      this.#save();
    }
    void this.#next();
  }

  /** The age answer on this step is under the protocol's adult age: the check stops here. */
  #minorAt(index: number): boolean {
    const age = this.#protocol!.steps[index].questions.find((q) => typeof q.adultMinInclusive === 'number');
    const years = age ? getAt(this.#answers, age.path) : undefined;
    return typeof years === 'number' && years < age!.adultMinInclusive!;
  }

  async #next(): Promise<void> {
    const steps = this.#protocol!.steps;
    if (this.#flagsTicked('emergency').length) return this.#emergency();
    // Under 18: the adults-only screen at once, without the tests or the mood questions.
    if (this.#minorAt(this.#step)) return this.#finish(this.#step);
    if (this.#step + 1 < steps.length) return this.#go(this.#step + 1);
    return this.#finish(steps.length - 1);
  }

  /** Evaluates the answers of the steps up to `last` and shows the result. */
  async #finish(last: number): Promise<void> {
    const steps = this.#protocol!.steps;
    const answers = completeAnswers(this.#protocol!, this.#answers);
    for (const step of steps.slice(last + 1)) for (const q of step.questions) setAt(answers, q.path, undefined);
    this.#resultStep = last;
    let result: Result;
    try {
      result = await evaluate({ ...answers, schemaVersion: this.#protocol!.schemaVersion });
    } catch {
      // The core could not answer (web/core.ts): the screen for answers it could not use, with Back.
      result = { coreVersion: '', schemaVersion: this.#protocol!.schemaVersion, outcome: 'invalid', errors: [] };
    }
    if (result.triage?.level === 'emergency') return this.#emergency();
    this.#result = result;
    this.#stored.finish(); // finished: nothing is kept once the results are shown, nor written again
    this.#show('results');
    if (result.triage) this.#emit('result', resultDetail(result.triage.level, this.#config));
  }

  #emergency(): void {
    this.#stored.finish(); // the emergency screen promises nothing was stored ("ticked by mistake" included)
    this.#show('emergency'); // and no event: reaching it would tell the host page about a red flag
  }

  #go(index: number): void {
    // A stored step from an older protocol may be out of range.
    index = Math.max(0, Math.min(index | 0, this.#protocol!.steps.length - 1));
    this.#step = index;
    this.#resumable = false;
    this.#save();
    this.#show('step');
    this.#emit('step', { step: this.#protocol!.steps[index].id, index: index + 1, total: this.#protocol!.steps.length });
  }

  #show(view: View): void {
    this.#view = view;
    this.#focusHeading = true;
    this.#render();
  }

  #restart(): void {
    this.#answers = {};
    this.#result = null;
    this.#resumable = false;
    this.#stored.restart();
    this.#go(0);
  }

  /** The contact form, from back-check-steps.js (already loaded with the steps). */
  async #mountLead(box: HTMLElement, result: Result): Promise<boolean> {
    try {
      // The form's text (lead.*) is in the catalog the widget already has.
      const form = (await import(/* @vite-ignore */ leadScript())) as typeof import('./leads/form.js');
      form.mountLeadForm(box, {
        config: this.#config,
        locale: this.#t.locale,
        t: this.#t,
        result,
        answers: completeAnswers(this.#protocol!, this.#answers),
        pageUrl: location.href,
      });
      return true;
    } catch {
      return false; // our own booking, call and e-mail links stay
    }
  }

  #announce(text: string): void {
    const live = this.#root.getElementById('live');
    // Set after a frame so screen readers notice the change in a new region.
    if (live) requestAnimationFrame(() => (live.textContent = text));
  }

  /** Analytics events for the host page: step names, completion (the level only with analytics-levels) and CTA actions (docs/widget.md). */
  #emit(name: string, detail: Detail): void {
    if (this.#config.analytics) this.dispatchEvent(new CustomEvent(`backcheck:${name}`, { bubbles: true, composed: true, detail }));
  }
}

reflectAttributes(BackCheckElement.prototype);

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface BackCheckElement {
  clinicName: string | null;
  clinicPhone: string | null;
  clinicEmail: string | null;
  bookingUrl: string | null;
  leadEndpoint: string | null;
  locale: string | null;
  state: string | null;
  accent: string | null;
  logo: string | null;
  directAccessNote: string | null;
  analytics: boolean;
  analyticsLevels: boolean;
  includeAnswers: boolean;
}
