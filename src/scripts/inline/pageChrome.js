// Inlined at the end of every page by BaseLayout (minified at build time).
(function () {
  // The theme button names what it will do: "Dark theme" in the light theme and back.
  const b = document.getElementById('theme-toggle');
  const label = b.querySelector('.theme-label');
  function sync() {
    label.textContent = document.documentElement.dataset.theme === 'dark' ? 'Light theme' : 'Dark theme';
  }
  sync();
  b.addEventListener('click', function () {
    const next = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem('descent:theme', next);
    } catch (e) {}
    sync();
  });
  // Display math wider than its column scrolls in its own box (CSS draws the fade): only
  // those boxes become keyboard-focusable regions with a name, so keyboard and screen-reader
  // users can scroll them too. Re-checked on resize and when islands add math (problems).
  const SEL = '.katex-display, .scroll-x';
  // A displayed formula up to a quarter wider than its column (an aligned block, which cannot
  // break at its relations) is set smaller to fit, down to 80 % of its size, as a textbook would;
  // one wider still scrolls. Hidden boxes (a closed proof) measure 0 and are fitted when shown.
  const fit = function (d) {
    if (!d.classList.contains('katex-display') || d.clientWidth === 0) return;
    // Only a box fitted before is reset (a style write before every read would lay out the page
    // once per formula).
    if (d.style.fontSize) d.style.fontSize = '';
    const over = d.scrollWidth / d.clientWidth;
    if (over <= 1.002 || over > 1.25) return;
    let size = Math.floor(100 / over);
    for (let k = 0; k < 4 && size >= 80; k++) {
      d.style.fontSize = size + '%';
      if (d.scrollWidth <= d.clientWidth + 1) return;
      size -= 2;
    }
    d.style.fontSize = '';
  };
  const check = function (d) {
    fit(d);
    const wide = d.scrollWidth > d.clientWidth + 1;
    if (wide === d.hasAttribute('tabindex')) return;
    if (wide) {
      d.tabIndex = 0;
      d.setAttribute('role', 'region');
      d.setAttribute(
        'aria-label',
        d.classList.contains('scroll-x') ? 'Scrolls sideways' : 'Formula, scrolls sideways',
      );
    } else {
      d.removeAttribute('tabindex');
      d.removeAttribute('role');
      d.removeAttribute('aria-label');
    }
  };
  // A lesson skips the layout of every block off screen (content-visibility), and a formula in a
  // skipped block cannot be measured (its width reads as its box's). So only rendered formulas
  // are measured; a skipped block's formulas are measured when the browser is about to render it
  // (contentvisibilityautostatechange, fired while it is still off screen). Measuring every
  // formula at load laid out the whole lesson in one long task. When no rendered formula is left
  // to measure the page says so (data-formulas-checked), for tests and tools.
  const root = document.documentElement;
  root.dataset.formulaScan = ''; // this page measures its formulas (embeds do not)
  const pending = new Set();
  // A formula that is itself a lesson block (display math between paragraphs) is a
  // content-visibility box of its own: while skipped its box is there (checkVisibility says
  // visible) but its content is not, so it would measure as fitting and never be measured again.
  // Its first child (the .katex inside) tells whether the content is rendered.
  const cv = { contentVisibilityAuto: true };
  const rendered = function (d) {
    if (!d.checkVisibility) return true;
    const inner = d.firstElementChild;
    return d.checkVisibility(cv) && (!inner || inner.checkVisibility(cv));
  };
  const measure = function () {
    pending.forEach(function (d) {
      if (!d.isConnected) pending.delete(d);
      else if (rendered(d)) {
        pending.delete(d);
        check(d);
      }
    });
    root.dataset.formulasChecked = '';
  };
  // A node a widget added (a readout's formula, an opened proof) checks its own formulas only:
  // sweeping every pending formula of the lesson (most of them, in skipped blocks) asked
  // checkVisibility of each on every DOM change, 79 ms/s at 4× CPU while the Adam stepper played.
  const scan = function (el, own) {
    const found = el.matches && el.matches(SEL) ? [el] : [];
    el.querySelectorAll(SEL).forEach(function (d) {
      found.push(d);
    });
    found.forEach(function (d) {
      pending.add(d);
    });
    if (!own) return measure();
    found.forEach(function (d) {
      if (rendered(d)) {
        pending.delete(d);
        check(d);
      }
    });
    root.dataset.formulasChecked = '';
  };
  document.addEventListener(
    'contentvisibilityautostatechange',
    function (e) {
      if (!e.skipped && pending.size) measure();
    },
    true,
  );
  // "/" focuses the search box, unless the reader is typing somewhere already.
  addEventListener('keydown', function (e) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    const q = document.getElementById('site-search-q');
    if (q) {
      e.preventDefault();
      q.focus();
    }
  });
  // A resize or the fonts re-check every box; a DOM change checks only what was added. (A
  // widget redraws its charts on every slider step: re-measuring every formula on the page
  // then cost more than the redraw, and forced the layout of blocks the page skips.)
  let queued = 0,
    all = false,
    added = [];
  const flush = function () {
    queued = 0;
    if (all) scan(document);
    else
      added.forEach(function (n) {
        if (n.isConnected) scan(n, true);
      });
    all = false;
    added = [];
  };
  const later = function () {
    if (!queued) queued = requestAnimationFrame(flush);
  };
  const everything = function () {
    all = true;
    later();
  };
  addEventListener('resize', everything);
  // A proof or deep dive opened: its formulas are measured for the first time.
  addEventListener(
    'toggle',
    function (e) {
      if (e.target instanceof HTMLDetailsElement && e.target.open) {
        added.push(e.target);
        later();
      }
    },
    true,
  );
  new MutationObserver(function (records) {
    if (all) return;
    records.forEach(function (r) {
      r.addedNodes.forEach(function (n) {
        if (n.nodeType === 1 && n.tagName !== 'svg' && !(n instanceof SVGElement)) added.push(n);
      });
    });
    if (added.length) later();
  }).observe(document.body, { childList: true, subtree: true });
  // The first scan waits for the first frame: reading a width here, while the page still parses,
  // forced a style and layout of everything parsed so far inside the parser's task, and the
  // frame then laid out again what content-visibility had unlocked (issue 33: 40–70 ms of that
  // task at 1× CPU on the long lessons). In a frame callback the reads do the layout the frame
  // is about to do anyway, and a formula is still fitted before it is first painted. Asking for
  // document.fonts.ready updates style and layout too (Chromium), so it waits as well.
  requestAnimationFrame(function () {
    if (document.fonts) document.fonts.ready.then(everything);
    scan(document);
  });
  // Opened from a search result (?highlight=<terms>): mark the terms in the page's text
  // with Pagefind's highlighter, loaded only then; never inside formulas, widgets or players.
  if (new URLSearchParams(location.search).has('highlight'))
    import(document.documentElement.dataset.base + 'pagefind/pagefind-highlight.js')
      .then(function (m) {
        new m.default({
          highlightParam: 'highlight',
          addStyles: false,
          markOptions: {
            className: 'search-highlight',
            exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *', '.katex', '.katex *'],
          },
        });
      })
      .catch(function () {});
})();
