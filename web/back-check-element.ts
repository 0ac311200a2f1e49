// <back-check>: the visitor-facing widget. Importing this module has no side
// effect; back-check-define.ts registers the element. The steps come from the
// core's protocol(); the results from the core's evaluate().
// Startup (docs/performance.md, "Widget startup"): the first screen is either
// printed by the page (a declarative shadow root, web/element/first-screen.ts),
// which the element keeps, or rendered from bundled texts once the host page
// has painted. Once the element is near the viewport (or Start is pressed) the
// core (glue + .wasm), the steps' script and the visitor's catalog load in
// parallel, so a widget further down an article costs the host page nothing
// but its script. Start pressed before they are here waits with a status.
import { BOOLEAN_ATTRS, Config, readConfig, reflectAttributes, STRING_ATTRS } from './config.js';
import { markFocus, restoreFocus } from './focus.js';
import { catalogNow, Locale, pickLocale, T, translator } from './i18n.js';
import type { Result } from './types.js';
import { renderIntro, showPreparing } from './steps/intro.js';
// The steps and results are back-check-steps.js, imported with the core (web/steps-loader.ts).
import { renderEmergency, renderResults, renderStep } from './steps-loader.js';
import { RootStyles, styleRoot } from './styles/sheet.js';
import { connectLeads } from './leads/connect.js';
import { resultDetail } from './leads/analytics.js';
import { currentFrame, keepsFrame, renderFailed, renderFrame } from './element/first-screen.js';
import { Journey, Leave, Move } from './element/journey.js';
import { Loader } from './element/loader.js';
import { afterPaint, hostPainted } from './element/timing.js';

// The contact form (web/leads/form.ts) is part of back-check-steps.js.
const leadScript = (): string => new URL('./back-check-steps.js', import.meta.url).href;

// Set by the page's loader on a press before the script ran (web/boot.ts).
const PRESSED = 'data-backcheck-pressed';

type View = 'intro' | 'step' | 'emergency' | 'results' | 'failed';
type Detail = Record<string, string | number>;

// The interface below declares the properties reflectAttributes() defines on the prototype.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class BackCheckElement extends HTMLElement {
  static readonly tagName = 'back-check';
  static readonly observedAttributes = [...Object.keys(STRING_ATTRS), ...Object.keys(BOOLEAN_ATTRS)];

  #root: ShadowRoot;
  #styles: RootStyles;
  #printed: boolean; // the page printed the first screen (a declarative shadow root)
  #t: T = translator('en', {});
  #config: Config = { analytics: false, analyticsLevels: false, includeAnswers: false };
  #warned = '';
  #journey = new Journey();
  #view: View = 'intro';
  #result: Result | null = null;
  #queued = false;
  #started = false;
  #loader = new Loader({
    element: this,
    journey: this.#journey,
    locale: () => this.#lang,
    changed: () => this.#schedule(),
    failed: () => {
      this.#view = 'failed';
      this.#schedule();
    },
  });
  #readySent = false;
  #lang: Locale = 'en'; // the locale of the last render (or of connect, before it)
  #focusHeading = false; // after a visitor's action; never on page load (it would scroll the host page)
  #disconnect: (() => void) | undefined;

  constructor() {
    super();
    // A declarative shadow root from the page is kept (attachShadow would empty it).
    this.#root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    this.#printed = currentFrame(this.#root) !== null;
    // At once, not after the catalog arrives: the styles (or, until they are in, a tiny sheet) hold the reserved height.
    this.#styles = styleRoot(this.#root);
    this.#styles.adopt();
    // The intro's buttons have no listeners of their own (a printed intro cannot have any).
    this.#root.addEventListener('click', (event) => this.#introClick(event));
  }

  connectedCallback(): void {
    if (!this.#started) {
      this.#started = true;
      this.#journey.resume();
    }
    this.#lang = pickLocale(readConfig(this).config.locale ?? null);
    this.#schedule();
    this.#pressAgain();
    // Everything else waits until the first screen is painted: the outbox check
    // reads localStorage, slow on a cold page; the analytics relay is not needed yet.
    afterPaint(() => {
      if (this.isConnected) this.#disconnect ??= connectLeads(this, readConfig(this).config, leadScript());
    });
    // The first screen first: the core's fetches and compile wait until its styles are in.
    void this.#styles.styled.then(() => this.isConnected && this.#loader.watch());
  }

  disconnectedCallback(): void {
    this.#loader.stop();
    this.#disconnect?.();
    this.#disconnect = undefined;
  }

  attributeChangedCallback(): void {
    this.#schedule();
  }

  /**
   * Start pressed on the printed first screen before this script was here: the
   * page's loader (web/boot.ts) marked the element; Start is pressed again once
   * the first render has kept that screen (with a journey to resume, Start
   * resumes it, as a press there would).
   */
  #pressAgain(): void {
    if (!this.hasAttribute(PRESSED)) return;
    this.removeAttribute(PRESSED);
    queueMicrotask(() => this.#root.querySelector<HTMLElement>('[part~="start"]')?.click());
  }

  /** Start, Resume or Start over on the intro. */
  #introClick(event: Event): void {
    if (this.#view !== 'intro') return;
    const button = (event.target as Element).closest?.('[part~="start"], [part~="restart"]');
    if (!button) return;
    const journey = this.#journey;
    if (button.matches('[part~="restart"]')) this.#request(() => this.#restart());
    else this.#request(() => this.#go(journey.resumable ? journey.step : 0));
  }

  /** A press on the intro: now if the steps are ready, else once they are (a second press changes nothing). */
  #request(action: () => void): void {
    if (this.#view !== 'intro' || this.#loader.request(action) !== 'waiting') return;
    // Focus stays on the pressed button; the status says why nothing happens yet.
    showPreparing(this.#root.querySelector('[part="intro"]'), this.#t);
  }

  /**
   * Batches attribute changes into one render per microtask. Unless the page
   * printed the first screen, the first render waits for the host page's first
   * contentful paint when that has not happened yet (issue 18: the widget's
   * styles and layout in the page's first frame delayed its FCP, although the
   * widget sat far below the fold); the reserved height keeps the page still
   * meanwhile. A printed first screen is on the page already: keeping it
   * paints nothing new.
   */
  #schedule(): void {
    if (this.#queued) return;
    this.#queued = true;
    const run = () => {
      this.#queued = false;
      this.#render();
    };
    if (this.#readySent || this.#printed || hostPainted()) queueMicrotask(run);
    else afterPaint(run);
  }

  #render(): void {
    const { config, invalid: wrong } = readConfig(this);
    this.#config = config;
    const locale = (this.#lang = pickLocale(config.locale ?? null));
    const catalog = catalogNow(locale);
    // Until the catalog is here only the bundled texts exist: enough for the intro (and the failure notice).
    if (catalog === undefined && this.#loader.started) this.#loader.fetchCatalog(locale);
    const t = (this.#t = translator(locale, catalog ?? {}));
    // Without a catalog the widget cannot work anyway; its notice waits (one console warning is enough).
    const invalid = catalog ? wrong : [];
    const key = invalid.join(',');
    if (key && key !== this.#warned) console.warn(`<back-check>: ${t('config.console')} ${key}`);
    this.#warned = key;

    this.#styles.adopt(config.accent);
    const frame = renderFrame(t, config, invalid, catalog === null ? renderFailed(this.#t, this.#config.clinicPhone) : this.#body());
    // The intro has no listeners of its own: when it is unchanged (printed by the page, or
    // re-rendered as the catalog arrives) its nodes stay, and nothing is painted again.
    const current = currentFrame(this.#root);
    const kept = this.#view === 'intro' && keepsFrame(current, frame);
    if (!kept) {
      // A re-render of the same screen (catalog arrived, attributes changed) keeps focus where it was.
      const mark = this.#focusHeading ? null : markFocus(this.#root);
      // Only the frame: a printed stylesheet link taken out and put back would load again, unstyled meanwhile.
      if (current) current.replaceWith(frame);
      else this.#root.append(frame);
      if (this.#focusHeading) this.#root.querySelector<HTMLElement>('h2')?.focus();
      else restoreFocus(this.#root, mark);
    }
    this.#focusHeading = false;
    if (!this.#readySent && this.isConnected) {
      // The first screen is shown (once the styles apply) and usable (Start works, waiting for the core if need be).
      this.#readySent = true;
      const detail = { printed: this.#printed && kept };
      void this.#styles.styled.then(() => this.dispatchEvent(new CustomEvent('backcheck:ready', { bubbles: true, composed: true, detail })));
    }
  }

  #body(view = this.#view): HTMLElement {
    const t = this.#t;
    const journey = this.#journey;
    switch (view) {
      case 'failed':
        return renderFailed(this.#t, this.#config.clinicPhone);
      case 'intro':
        return renderIntro(t, journey.resumable, this.#loader.waiting);
      case 'emergency':
        return renderEmergency(t, journey.flagsTicked('emergency'), this.#config.clinicPhone, () => this.#go(0));
      case 'results':
        return renderResults(this.#result!, {
          t,
          config: this.#config,
          protocol: journey.protocol!,
          answers: journey.answers,
          back: () => this.#go(journey.resultStep),
          restart: () => this.#restart(),
          cta: (action) => this.#emit('cta', { action }),
          announce: (text) => this.#announce(text),
          mountLead: (box, result) => this.#mountLead(box, result),
        });
      default: {
        const steps = journey.steps;
        const context = { t, answers: journey.answers, get: (path: string) => journey.get(path), set: (path: string, value: unknown) => journey.set(path, value) };
        return renderStep(steps[journey.step], journey.step, steps.length, context, {
          back: () => this.#leave('back'),
          skip: () => this.#leave('skip'),
          next: () => this.#leave('next'),
        });
      }
    }
  }

  /** A button that leaves the current step; returns the catalog key of the message when the step is not left. */
  #leave(move: Leave): string | void {
    const next = this.#journey.leave(move);
    if ('stay' in next) return next.stay;
    this.#move(next);
  }

  #move(next: Exclude<Move, { stay: string }>): void {
    if (next.to === 'step') return this.#go(next.index);
    if (next.to === 'intro') return this.#show('intro');
    if (next.to === 'emergency') return this.#emergency();
    void this.#finish(next.last);
  }

  /** Evaluates the answers of the steps up to `last` and shows the result. */
  async #finish(last: number): Promise<void> {
    const result = await this.#journey.evaluate(last);
    if (result.triage?.level === 'emergency') return this.#emergency();
    this.#result = result;
    this.#journey.finish(); // finished: nothing is kept once the results are shown, nor written again
    this.#show('results');
    if (result.triage) this.#emit('result', resultDetail(result.triage.level, this.#config));
  }

  #emergency(): void {
    this.#journey.finish(); // the emergency screen promises nothing was stored ("ticked by mistake" included)
    this.#show('emergency'); // and no event: reaching it would tell the host page about a red flag
  }

  #go(index: number): void {
    const step = this.#journey.goTo(index);
    this.#show('step');
    const steps = this.#journey.steps;
    this.#emit('step', { step: steps[step].id, index: step + 1, total: steps.length });
  }

  #show(view: View): void {
    this.#view = view;
    this.#focusHeading = true;
    this.#render();
  }

  #restart(): void {
    this.#result = null;
    this.#journey.restart();
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
        answers: this.#journey.complete(),
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
