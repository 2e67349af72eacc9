import { builtPages, expect, test } from './fixtures/site.ts';
import { hydrateAll } from './fixtures/hydrateAll.ts';
import { measureTypesetting } from './fixtures/typesetting.ts';
import { formulasChecked } from './fixtures/readerText.ts';

// What the reader sees of the math, measured from the rendered boxes: the markup can be right
// while the stylesheet does not match it (two KaTeX versions did exactly that).
//
// Each test scrolls a whole page (a lesson is ~25,000 elements) so every island hydrates, then lays
// it all out: 5–7 s alone, up to 30 s with two workers on a loaded 2-core machine, and twice in CI
// a long lesson passed 60 s. Three times the default timeout for these.
test.slow();
for (const path of builtPages()) {
  test(`every formula with a script or a fraction is typeset on ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    await hydrateAll(page);
    await page.evaluate(() => document.fonts.ready);
    // Open proofs and deep dives so the math inside them is laid out and measured too.
    await page.evaluate(() =>
      document.querySelectorAll('details').forEach((d) => {
        d.open = true;
      }),
    );
    const report = await measureTypesetting(page);
    expect(report.defects, `${report.typeset} of ${report.checked} formulas typeset`).toEqual([]);
  });
}

// On a 390 px phone nothing widens the page; display math that does not fit scrolls in its own
// box, shows a shadow on the hidden side, and is a named, focusable region for the keyboard.
for (const path of builtPages()) {
  test(`at 390 px ${path} does not scroll sideways and wide formulas scroll in their own box`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    await hydrateAll(page);
    await page.evaluate(() => document.fonts.ready);
    // One frame, or at most a second: under load headless Chromium has once rendered no frame for
    // the whole test timeout here, and the steps below wait for what they need on their own.
    await page.evaluate(() => new Promise((done) => (requestAnimationFrame(done), setTimeout(done, 1000))));
    // Lay out every block (lessons skip off-screen ones; closed proofs stay closed), then let the
    // page measure its formulas.
    await page.addStyleTag({ content: '.lesson-body > * { content-visibility: visible !important; }' });
    await formulasChecked(page);
    const report = await page.evaluate(() => {
      // Formulas the reader can see (not inside a closed proof: those are measured when opened,
      // which rendered-text.spec.ts checks with every <details> open).
      const wide = Array.from(document.querySelectorAll('.katex-display')).filter(
        (d) => d.checkVisibility({ contentVisibilityAuto: true }) && d.scrollWidth > d.clientWidth + 1,
      );
      return {
        pageWidth: document.documentElement.scrollWidth,
        overflowing: wide.length,
        withoutCue: wide.filter((d) => {
          const cs = getComputedStyle(d);
          return !(
            cs.backgroundImage.includes('radial-gradient') &&
            cs.backgroundAttachment.includes('local') &&
            (cs.overflowX === 'auto' || cs.overflowX === 'scroll')
          );
        }).length,
        notFocusableOrUnnamed: wide.filter(
          (d) => (d as HTMLElement).tabIndex !== 0 || !d.getAttribute('aria-label'),
        ).length,
        // A row of equations (`A, \qquad B`) breaks between them first: an equation that fits the
        // column by itself is drawn on one line (src/lib/typeset/equationPieces.ts).
        torn: Array.from(document.querySelectorAll('.katex-display .eq-piece'))
          .filter((piece) => piece.checkVisibility({ contentVisibilityAuto: true }))
          .flatMap((piece) => {
            const row = piece.parentElement!;
            const column = row.clientWidth - parseFloat(getComputedStyle(row).paddingLeft);
            const boxes = Array.from(piece.children, (b) => b.getBoundingClientRect());
            const natural = boxes.reduce((sum, b) => sum + b.width, 0);
            const lines = 1 + boxes.filter((b, i) => i > 0 && b.left < boxes[i - 1].left).length;
            const tex = piece.closest('.katex')?.querySelector('annotation')?.textContent ?? '';
            return natural <= column - 1 && lines > 1 ? [`${lines} lines: ${tex.slice(0, 60)}`] : [];
          }),
        // An inline formula stays on the line of the text it touches (src/lib/typeset/inlineMathGlue.ts):
        // the character right after it (no space between) is not first on the next line, and the
        // one right before it does not end the line above. Measured from the characters' boxes.
        detached: Array.from(document.querySelectorAll('.katex'))
          .filter((k) => !k.parentElement!.classList.contains('katex-display'))
          .filter((k) => k.checkVisibility({ contentVisibilityAuto: true }))
          .flatMap((k) => {
            const html = k.querySelector('.katex-html');
            const lines = html ? html.getClientRects() : [];
            if (lines.length === 0) return [];
            const first = lines[0];
            const last = lines[lines.length - 1];
            const tex = (k.querySelector('annotation')?.textContent ?? '').slice(0, 40);
            const found: string[] = [];
            const charBox = (t: Text, i: number) => {
              const r = document.createRange();
              r.setStart(t, i);
              r.setEnd(t, i + 1);
              return r.getBoundingClientRect();
            };
            // The text node beside the formula in its line: across inline elements' edges only.
            const beside = (side: 1 | -1): Text | null => {
              let n: Node = k;
              for (;;) {
                const s = side > 0 ? n.nextSibling : n.previousSibling;
                if (s) {
                  n = s;
                  break;
                }
                const p = n.parentElement;
                if (!p || getComputedStyle(p).display !== 'inline') return null;
                n = p;
              }
              while (n.nodeType === Node.ELEMENT_NODE) {
                const e = n as Element;
                if (e.classList.contains('katex') || getComputedStyle(e).display !== 'inline') return null;
                const c: Node | null = side > 0 ? e.firstChild : e.lastChild;
                if (!c) return null;
                n = c;
              }
              return n.nodeType === Node.TEXT_NODE && n.textContent ? (n as Text) : null;
            };
            const after = beside(1);
            // Not a hyphen or dash: Chromium still breaks before one after a formula, glue or not
            // ("μ" / "-strongly" at 5 of 180 column widths, measured 2026-12-08). Known, not fixed.
            if (after && /^[^\s\-‐‑–—]/.test(after.textContent!)) {
              const c = charBox(after, 0);
              if (c.height > 0 && (c.top >= last.bottom - 2 || c.left < last.left))
                found.push(`"${after.textContent!.slice(0, 8)}" starts the line after ${tex}`);
            }
            const before = beside(-1);
            if (before && /\S$/.test(before.textContent!)) {
              const c = charBox(before, before.textContent!.length - 1);
              if (c.height > 0 && first.top >= c.bottom - 2)
                found.push(`"${before.textContent!.slice(-8)}" ends the line before ${tex}`);
            }
            return found;
          }),
      };
    });
    expect(report.torn, 'equations that fit the column but were broken across lines').toEqual([]);
    expect(report.detached, 'inline formulas on another line than the text they touch').toEqual([]);
    expect(report.pageWidth, 'page width at 390 px').toBeLessThanOrEqual(390);
    expect(report.withoutCue, `${report.overflowing} wide formulas, without a scroll cue`).toBe(0);
    expect(report.notFocusableOrUnnamed, 'wide formulas that are not named focusable regions').toBe(0);
    if (report.overflowing > 0) {
      const first = page.locator('.katex-display[tabindex="0"]').first();
      await first.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => first.evaluate((d) => d.scrollLeft)).toBeGreaterThan(0);
    }
  });
}

// As a reader meets them: no resize, no forced rendering. Display math between paragraphs is a
// lesson block of its own, skipped (content-visibility) until it nears the screen; it must be
// measured when its content renders, not while skipped (it then measured as fitting and stayed
// unfitted: two formulas on adaptive methods, one on momentum, before pageChrome checked that).
for (const path of ['/lessons/adaptive-methods/', '/lessons/momentum/']) {
  test(`at 390 px every display formula on ${path} fits or scrolls as it comes on screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const seen = new Map<number, { wide: boolean; region: boolean; topLevel: boolean }>();
    for (let y = 0; y < height; y += 400) {
      const onScreen = await page.evaluate(
        (top) =>
          new Promise<[number, { wide: boolean; region: boolean; topLevel: boolean }][]>((done) => {
            window.scrollTo(0, top);
            // Three frames: the block renders, the state change event measures it, a frame paints it.
            requestAnimationFrame(() =>
              requestAnimationFrame(() =>
                requestAnimationFrame(() => {
                  const cv = { contentVisibilityAuto: true };
                  const found: [number, { wide: boolean; region: boolean; topLevel: boolean }][] = [];
                  document.querySelectorAll('.lesson-body .katex-display').forEach((d, i) => {
                    const box = d.getBoundingClientRect();
                    const shown =
                      d.checkVisibility(cv) &&
                      d.firstElementChild?.checkVisibility(cv) &&
                      !d.closest('details:not([open])');
                    if (!shown || box.bottom <= 0 || box.top >= innerHeight) return;
                    found.push([
                      i,
                      {
                        wide: d.scrollWidth > d.clientWidth + 1,
                        region: (d as HTMLElement).tabIndex === 0 && d.hasAttribute('aria-label'),
                        topLevel: d.parentElement?.classList.contains('lesson-body') ?? false,
                      },
                    ]);
                  });
                  done(found);
                }),
              ),
            );
          }),
        y,
      );
      for (const [i, f] of onScreen) seen.set(i, f);
    }
    const formulas = [...seen.values()];
    expect(
      formulas.filter((f) => f.topLevel).length,
      'display formulas that are blocks of their own',
    ).toBeGreaterThan(0);
    expect(
      formulas.filter((f) => f.wide && !f.region).length,
      'wide formulas that are not scroll regions',
    ).toBe(0);
  });
}
