// <back-check>: the visitor-facing widget. Importing this module has no side
// effect; back-check-define.ts registers the element.
import { coreVersion } from './core.js';

export class BackCheckElement extends HTMLElement {
  static readonly tagName = 'back-check';

  #root: ShadowRoot;
  #status: HTMLParagraphElement;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#status = document.createElement('p');
    this.#status.setAttribute('part', 'status');
    this.#status.setAttribute('role', 'status');
    this.#root.append(this.#status);
  }

  connectedCallback(): void {
    this.#status.textContent = 'Loading the back check…';
    coreVersion().then(
      (version) => {
        this.#status.textContent = `Back check ready (core ${version}).`;
        this.dispatchEvent(new CustomEvent('backcheck:ready', { bubbles: true, composed: true }));
      },
      (error: unknown) => {
        this.#status.textContent =
          error instanceof Error ? error.message : 'The back check could not be loaded.';
      },
    );
  }
}
