// Keeps keyboard focus across the element's re-renders, which rebuild the whole
// frame (catalog arriving, attribute changes from a live preview). The focused
// element is found again by what stays the same between two renders of one
// screen: tag, part, input type, a choice's value, and its position among
// elements alike. Ids and radio names come from uid() and change every render.
export type FocusMark = [signature: string, index: number];

function signature(el: Element): string {
  const input = el instanceof HTMLInputElement ? el : null;
  const choice = input && (input.type === 'radio' || input.type === 'checkbox') ? input.value : '';
  return [el.localName, el.getAttribute('part'), input?.type, choice].join('|');
}

const alike = (root: ShadowRoot, sig: string): Element[] =>
  [...root.querySelectorAll(sig.split('|')[0])].filter((el) => signature(el) === sig);

/** Where focus is inside `root`, or null when it is elsewhere on the page. */
export function markFocus(root: ShadowRoot): FocusMark | null {
  const el = root.activeElement;
  return el ? [signature(el), alike(root, signature(el)).indexOf(el)] : null;
}

/** Focuses the element that matches `mark` in the new render, without scrolling the host page. */
export function restoreFocus(root: ShadowRoot, mark: FocusMark | null): void {
  if (mark) (alike(root, mark[0])[mark[1]] as HTMLElement | undefined)?.focus({ preventScroll: true });
}
