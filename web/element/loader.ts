// What the steps need and the first screen does not: the core (glue + .wasm,
// then protocol()), the steps' script and the visitor's catalog. They load
// once the element comes near the viewport, or when Start is pressed (issue
// 18), in parallel; a Start pressed before they are here waits for them.
import { coreCanRun, protocol } from '../core.js';
import { catalogNow, loadCatalog, Locale } from '../i18n.js';
import { loadSteps } from '../steps-loader.js';
import type { Journey } from './journey.js';
import { afterPaint, whenNear } from './timing.js';

export interface LoaderHost {
  element: HTMLElement;
  journey: Journey;
  /** The visitor's language now (it follows the locale attribute). */
  locale(): Locale;
  /** A catalog arrived: render again. */
  changed(): void;
  /** The core or the steps' script cannot load: the element shows its notice. */
  failed(): void;
}

export class Loader {
  #host: LoaderHost;
  #started = false;
  #failed = false;
  #coreReady = false;
  #stopNear: (() => void) | undefined;
  #pending: (() => void) | null = null; // Start/Resume/Restart pressed before the steps were ready

  constructor(host: LoaderHost) {
    this.#host = host;
  }

  get started(): boolean {
    return this.#started;
  }

  /** A press is waiting for the steps. */
  get waiting(): boolean {
    return this.#pending !== null;
  }

  /**
   * The core's and the catalog's fetches, the .wasm's compile and the glue's
   * import cost bandwidth and main-thread time the host page's own first paint
   * and interactivity should not share: they start once the element comes near
   * the viewport. Without WebAssembly (nothing to fetch: the notice shows at
   * once), after the first paint.
   */
  watch(): void {
    if (this.#started || this.#stopNear) return;
    if (!coreCanRun()) return afterPaint(() => this.load());
    this.#stopNear = whenNear(this.#host.element, () => {
      this.#stopNear = undefined;
      this.load();
    });
  }

  stop(): void {
    this.#stopNear?.();
    this.#stopNear = undefined;
  }

  /** Starts loading (once; web/core.ts fetches the glue and the .wasm at once). */
  load(): void {
    if (this.#started) return;
    this.#started = true;
    this.stop();
    Promise.all([protocol(), loadSteps()])
      .then(([p]) => {
        if (!Array.isArray(p.steps) || !p.steps.length) throw new Error('empty protocol');
        this.#host.journey.protocol = p;
      })
      .then(() => this.#proceed())
      .catch(() => {
        // web/core.ts has turned every failure into a rejection (a steps' script that cannot load too); the visitor gets a plain notice.
        this.#failed = true;
        this.#pending = null;
        this.#host.failed();
      });
    this.fetchCatalog(this.#host.locale());
  }

  /** Fetches a catalog (once per page, web/i18n.ts); its arrival re-renders and lets a waiting Start go on. */
  fetchCatalog(locale: Locale): void {
    void loadCatalog(locale).then(() => {
      this.#host.changed();
      this.#proceed();
    });
  }

  /** The steps need the protocol and the visitor's catalog. */
  ready(): boolean {
    return this.#host.journey.protocol !== null && !!catalogNow(this.#host.locale());
  }

  /**
   * A press on the intro: runs `action` now if the steps are ready ('now'), else
   * once they are ('waiting'; loading starts if it had not); a second press
   * while one waits changes nothing ('ignored').
   */
  request(action: () => void): 'now' | 'waiting' | 'ignored' {
    if (this.#pending) return 'ignored';
    if (this.ready()) {
      action();
      return 'now';
    }
    this.load(); // pressed before the element came near the viewport (e.g. a script's click())
    this.#pending = action;
    return 'waiting';
  }

  /** Once the steps are ready: `backcheck:core-ready` (once), and a waiting press goes on. */
  #proceed(): void {
    if (this.#failed || !this.ready()) return;
    if (!this.#coreReady) {
      this.#coreReady = true;
      this.#host.element.dispatchEvent(new CustomEvent('backcheck:core-ready', { bubbles: true, composed: true }));
    }
    const pending = this.#pending;
    this.#pending = null;
    pending?.();
  }
}
