// Inside the iframe fallback (?backcheck-embed=1): posts the page's height to the
// host page, whose embed-host.js resizes the frame (the demo site's protocol,
// site/js/embed.js). The height is not sensitive; the host's origin is unknown here.
let reported = 0;
function report(force = false) {
  if (window.parent === window) return;
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === reported && !force) return;
  reported = height;
  window.parent.postMessage({ type: 'backcheck:height', height }, '*');
}
new ResizeObserver(() => report()).observe(document.body);
window.addEventListener('message', (event) => {
  if (event.source === window.parent && event.data?.type === 'backcheck:measure') report(true);
});
