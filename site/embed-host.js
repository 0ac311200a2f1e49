/* backcheck: sizes iframe[data-backcheck-embed] to the height its page posts
   (only from that iframe's window and origin, only a number). */
(function () {
  var S = 'iframe[data-backcheck-embed]';
  function o(f) { try { return new URL(f.src, location.href).origin; } catch (e) { return ''; } }
  function ask(f) { try { f.contentWindow.postMessage({ type: 'backcheck:measure' }, o(f)); } catch (e) {} }
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
    for (i = 0; i < f.length; i++) ask(f[i]);
  }
  document.readyState == 'loading' ? addEventListener('DOMContentLoaded', go) : go();
})();
