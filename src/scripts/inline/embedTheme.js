// Inlined in <head> by EmbedLayout (minified at build time). The host decides the theme with
// ?theme=light|dark|auto; no storage is touched (sandboxed frames forbid it).
(function () {
  let t = null;
  try {
    t = new URLSearchParams(location.search).get('theme');
  } catch (e) {}
  if (t !== 'light' && t !== 'dark')
    t = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  document.documentElement.dataset.theme = t;
})();
