// Tiny DOM builders: every node is made with createElement/textContent, never
// from an HTML string, so visitor- or clinic-supplied text cannot become markup.
export type Kid = Node | string | number | null | undefined | false;
type AttrValue = string | number | boolean | null | undefined | ((event: never) => void);
export type Attrs = Record<string, AttrValue>;

const SVG_NS = 'http://www.w3.org/2000/svg';

function apply(el: Element, attrs: Attrs | null | undefined, kids: Kid[]): void {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value == null || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.slice(2), value as EventListener);
    else if (key === 'value' || key === 'checked') Object.assign(el, { [key]: value });
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const kid of kids) {
    if (kid == null || kid === false) continue;
    el.append(typeof kid === 'object' ? kid : String(kid));
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...kids: Kid[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  apply(el, attrs, kids);
  return el;
}

export function s(tag: string, attrs?: Attrs | null, ...kids: Kid[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement;
  apply(el, attrs, kids);
  return el;
}

let counter = 0;
/** A unique id inside the shadow root (for label/aria wiring). */
export const uid = (prefix: string): string => `${prefix}-${++counter}`;
