import { BackCheckElement } from './back-check-element.js';

if (!customElements.get(BackCheckElement.tagName)) {
  customElements.define(BackCheckElement.tagName, BackCheckElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'back-check': BackCheckElement;
  }
}

export { BackCheckElement };
