// The snippet's loader (issue 18), printed inline after a <back-check> whose
// first screen the page prints (web/first-screen-build.mjs writes it, minified,
// with its CSP hash, into build/web/first-screen.json; site/js/first-screen.js
// and the WordPress plugin print it).
//
// A <script src> in the page is fetched as soon as the page is parsed, and
// Lighthouse then counts it against the page's largest contentful paint,
// although the widget's first screen needs no script to show. So the widget's
// script is requested only after the page's load event (when the browser is
// idle), or as soon as the visitor reaches for the widget (a touch, a focus, a
// key): the page's own first paint never shares the network with it.
//
// A press on the printed Start before the script is here is not lost: the
// loader marks the element (data-backcheck-pressed), and the element presses
// Start again once it runs (web/back-check-element.ts).
//
// Its text is the same for every clinic (the script's address and integrity
// are attributes of the <script> tag), so one CSP hash allows it everywhere.
import { afterPageLoad } from './element/timing.js';

((boot: HTMLScriptElement | null) => {
  const src = boot?.dataset.backcheckSrc;
  if (!src) return;
  let requested = false;
  // Once; a second loader on the page (two snippets) adds a second tag for the same module, which the browser fetches and runs once.
  const load = (): void => {
    if (requested) return;
    requested = true;
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    const integrity = boot.dataset.backcheckIntegrity;
    if (integrity) {
      script.integrity = integrity;
      script.crossOrigin = 'anonymous';
    }
    document.head.append(script);
  };

  // Until the element is defined: a touch, a focus (a key press reaches a button only through it) or a click on a widget.
  // A click on a button there is a press of Start (the only button a printed first screen has).
  const reach = (event: Event): void => {
    if (customElements.get('back-check')) return; // the element handles its own presses
    const path = event.composedPath() as Element[];
    const host = path.find((node) => node.localName === 'back-check');
    if (!host) return;
    if (event.type === 'click' && path.some((node) => node.localName === 'button')) host.setAttribute('data-backcheck-pressed', '');
    load();
  };
  for (const type of ['pointerdown', 'focusin', 'click']) addEventListener(type, reach, true);

  afterPageLoad(load);
})(document.currentScript as HTMLScriptElement | null);
