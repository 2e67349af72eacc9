/*! Descent embed host script: sizes Descent iframes to their content. No dependencies.
 * Listens for {type:"descent:embed-height", height} from iframes whose src is on this script's
 * origin, and only from those iframes (event.source) and that origin (or "null" for an iframe the
 * host sandboxed without allow-same-origin). Safe to include once per embed: it installs itself once. */
(function () {
  if (window.__descentEmbedHost) return;
  window.__descentEmbedHost = true;
  var me = document.currentScript;
  var origin;
  try {
    origin = new URL(me && me.src ? me.src : location.href).origin;
  } catch (e) {
    return;
  }
  function ours(f) {
    try {
      return new URL(f.src, location.href).origin === origin;
    } catch (e) {
      return false;
    }
  }
  function sandboxedOpaque(f) {
    return (
      f.hasAttribute('sandbox') && !/(^|\s)allow-same-origin(\s|$)/.test(f.getAttribute('sandbox') || '')
    );
  }
  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || typeof d !== 'object' || d.type !== 'descent:embed-height') return;
    var f = frameOf(e.source);
    if (!f || !ours(f)) return;
    if (e.origin !== origin && !(e.origin === 'null' && sandboxedOpaque(f))) return;
    var h = Number(d.height);
    if (!isFinite(h) || h < 40 || h > 20000) return;
    f.style.height = Math.ceil(h) + 'px';
    f.setAttribute('scrolling', 'no');
  });
  // Ask every Descent iframe for its height: one may have reported before this script arrived.
  // The ping carries no data, so any target origin is fine (a frame may still be about:blank).
  function ping() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (!ours(frames[i]) || !frames[i].contentWindow) continue;
      try {
        frames[i].contentWindow.postMessage({ type: 'descent:embed-ping' }, '*');
      } catch (e) {
        // A frame that navigated away can refuse the message: it is not ours any more.
      }
    }
  }
  ping();
  window.addEventListener('load', ping);
})();
