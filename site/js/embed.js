// The iframe version of <back-check>: options come from the URL query (same
// names as the element's attributes); invalid values are left out, as the
// element itself would ignore them. The page reports its height to the host
// page (embed-host.js), which resizes the iframe so it never scrolls.
import { OPTIONS, checkOption } from './options.js';

const params = new URLSearchParams(location.search);
const widget = document.createElement('back-check');
for (const option of OPTIONS) {
  const raw = params.get(option.name);
  if (raw === null) continue;
  if (option.type === 'bool') {
    if (['', '1', 'true'].includes(raw)) widget.setAttribute(option.name, '');
  } else if (raw.trim() && !checkOption(option, raw)) {
    widget.setAttribute(option.name, raw.trim());
  }
}
const locale = widget.getAttribute('locale'); // checked above: one of the widget's locales
if (locale) document.documentElement.lang = locale;
document.getElementById('embed-root').append(widget);

let reported = 0;
function reportHeight(force = false) {
  if (window.parent === window) return;
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === reported && !force) return;
  reported = height;
  // The height is not sensitive, and the host page's origin is unknown here.
  window.parent.postMessage({ type: 'backcheck:height', height }, '*');
}
new ResizeObserver(() => reportHeight()).observe(document.body);
// The host script asks again when it starts later than this page.
window.addEventListener('message', (event) => {
  if (event.source === window.parent && event.data?.type === 'backcheck:measure') reportHeight(true);
});
