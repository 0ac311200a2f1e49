/* backcheck: sizes iframe[data-backcheck-embed] to the height its page posts (only from
   that iframe's window and origin, only a number); asks once in case the frame loaded first. */
(function () {
  var S = 'iframe[data-backcheck-embed]';
  function o(f) { try { return new URL(f.src, location.href).origin; } catch (e) { return ''; } }
  addEventListener('message', function (e) {
    var d = e.data, h = d && d.height, f = document.querySelectorAll(S), i;
    if (!d || d.type !== 'backcheck:height' || typeof h != 'number' || !(h > 0 && h < 1e5)) return;
    for (i = 0; i < f.length; i++) if (f[i].contentWindow === e.source && o(f[i]) === e.origin) {
      f[i].style.height = Math.ceil(h) + 'px';
      f[i].scrolling = 'no';
    }
  });
  function go() {
    var f = document.querySelectorAll(S), i;
    for (i = 0; i < f.length; i++) f[i].contentWindow.postMessage({ type: 'backcheck:measure' }, '*');
  }
  document.readyState === 'loading' ? addEventListener('DOMContentLoaded', go) : go();
})();
