// Inlined in <head> by BaseLayout (minified at build time): runs before first paint so the
// remembered theme never flashes. Storage may throw (private mode, sandboxed iframes): fall back quietly.
(function () {
  let t = null;
  try {
    t = localStorage.getItem('descent:theme');
  } catch (e) {}
  if (t !== 'light' && t !== 'dark')
    t = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  document.documentElement.dataset.theme = t;
})();
