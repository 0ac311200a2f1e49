// The widget's frame (header, configuration notice, the screen, a live region)
// and its first screen. The build renders the same first screen into HTML
// (web/first-screen-build.mjs → build/web/first-screen.json), which the snippet,
// the demo server and the WordPress plugin print inside <back-check> as a
// declarative shadow root: the page then paints it with its own first paint,
// before the widget's script has arrived (issue 18). The element keeps those
// nodes when they equal what it would render (keepsFrame), so nothing is
// painted twice and no later largest-contentful-paint entry appears.
import type { Config } from '../config.js';
import { h } from '../dom.js';
import type { T } from '../i18n.js';
import { telHref } from '../rules/phone.js';
import { renderIntro } from '../steps/intro.js';

export function renderFrame(t: T, config: Config, invalid: string[], body: HTMLElement): HTMLElement {
  return h(
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
}

/** The core or the catalog could not load: say so and point to the clinic (bundled texts only). */
export function renderFailed(t: T, phone: string | undefined): HTMLElement {
  return h(
    'p',
    { class: 'notice', role: 'alert', part: 'status' },
    t('widget.failed'),
    phone ? ' ' : null,
    phone ? h('a', { href: telHref(phone), part: 'button call' }, t('cta.call', { phone })) : null,
  );
}

/** The first screen of a new journey, from the bundled texts: what a page prints. */
export const renderFirstScreen = (t: T, config: Config): HTMLElement => renderFrame(t, config, [], renderIntro(t, false, false));

/** The frame on screen: printed by the page into a declarative shadow root, or rendered (null before the first render). */
export const currentFrame = (root: ShadowRoot): HTMLElement | null =>
  ([...root.children].find((el) => el.classList.contains('frame')) as HTMLElement | undefined) ?? null;

/**
 * Whether the frame on screen is exactly the one just rendered (same elements,
 * attributes and texts), so it can stay. A printed frame of an older widget,
 * in another language, or for a journey to resume is replaced.
 */
export const keepsFrame = (current: HTMLElement | null, frame: HTMLElement): boolean => !!current?.isEqualNode(frame);
