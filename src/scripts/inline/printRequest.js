// Inlined in /instructors/print/ ahead of the sheets (minified at build time). The page is static,
// so the server cannot know the query; this reads it before the first paint and marks <html>:
// "sheets" when a lesson is asked for (print.css shows "Preparing the sheets…" and holds a screen's
// room for them), "choose" otherwise (the choose-a-lesson line the island will show). Hydrating, and
// the sheets arriving, then move nothing (CLS 0). Without JavaScript nothing is marked and the page
// reads as "choose" with its noscript note. Mirrors readRequest in components/embeds/PrintSheets.tsx.
(function () {
  document.documentElement.dataset.printRequest = new URLSearchParams(location.search).get('lesson')
    ? 'sheets'
    : 'choose';
})();
