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
// A press on the printed Start (or Start over) before the script is here is
// not lost: the button's part is left on the element (data-backcheck-pressed),
// and the element presses it again once it runs (web/back-check-element.ts).
//
// Its text is the same for every clinic (the script's address and integrity
// are attributes of the <script> tag), so one CSP hash allows it everywhere.
((boot: HTMLScriptElement | null) => {
  const src = boot?.dataset.backcheckSrc;
  if (!src) return;
  const defined = (): boolean => !!customElements.get('back-check');
  const events = ['pointerdown', 'focusin', 'keydown', 'click'];
  let requested = false;

  const load = (): void => {
    if (requested || defined()) return;
    requested = true;
    // Two snippets on one page (or a plain module tag too): one request.
    if ([...document.scripts].some((s) => s.type === 'module' && s.src === new URL(src, document.baseURI).href)) return;
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    const integrity = boot!.dataset.backcheckIntegrity;
    if (integrity) {
      script.integrity = integrity;
      script.crossOrigin = 'anonymous';
    }
    document.head.append(script);
  };

  const reach = (event: Event): void => {
    if (defined()) {
      for (const type of events) removeEventListener(type, reach, true);
      return; // the element handles its own presses from now on
    }
    const path = event.composedPath() as Element[];
    const host = path.find((node) => node.localName === 'back-check');
    if (!host) return;
    if (event.type === 'click') {
      const parts = path.find((node) => node.localName === 'button')?.getAttribute('part')?.split(' ') ?? [];
      const pressed = parts.find((part) => part === 'start' || part === 'restart');
      if (pressed) host.setAttribute('data-backcheck-pressed', pressed);
    }
    load();
  };
  for (const type of events) addEventListener(type, reach, true);

  const idle = (): void => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 1000 });
    else setTimeout(load, 50);
  };
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
})(document.currentScript as HTMLScriptElement | null);
