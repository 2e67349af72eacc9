import type { Page } from '@playwright/test';
import { expect, setTheme, test } from './fixtures/site.ts';
import { widget } from './fixtures/widgets.ts';

// Symbols coloured like the curves they produce (issue 32): `\htmlClass{eq-series-N}` in a
// lesson's TeX, next to the widget that draws that series. Every coloured symbol on these pages
// must name a series of its neighbouring widget, have that series' computed colour in the light
// and dark themes, be legible (≥ 4.5:1 on its background, on paper too), and the legend must name
// the series in words, since colour is never the only cue.

interface Mapping {
  /** The coloured symbol's class. */
  cls: string;
  /** The widget beside the formula. */
  widget: string;
  /** The drawn series inside it (a path's stroke or a bar's stroke). */
  series: string;
  /** The legend entry that names the series in words. */
  legend: RegExp;
}

const LESSONS: { slug: string; count: number; mappings: Mapping[] }[] = [
  {
    // The heavy ball's and Nesterov's θ_t next to the ravine, whose paths are series 2 and 3.
    slug: 'momentum',
    count: 2,
    mappings: [
      {
        cls: 'eq-series-2',
        widget: 'momentum-ravine',
        series: '[data-series="heavyBall"] > path',
        legend: /^Heavy ball/,
      },
      {
        cls: 'eq-series-3',
        widget: 'momentum-ravine',
        series: '[data-series="nesterov"] > path',
        legend: /^Nesterov/,
      },
    ],
  },
  {
    // β₁ and β₂ beside the bias-correction chart: the m̂ and v̂ curves.
    slug: 'adaptive-methods',
    count: 2,
    mappings: [
      { cls: 'eq-series-1', widget: 'bias-correction', series: '[data-series="m"] > path', legend: /^m̂: β₁/ },
      { cls: 'eq-series-2', widget: 'bias-correction', series: '[data-series="v"] > path', legend: /^v̂: β₂/ },
    ],
  },
  {
    // Adam + L2's per-weight decay ηλ′/(√v̂ + ε): the first bar of each pair.
    slug: 'adamw',
    count: 2,
    mappings: [
      {
        cls: 'eq-series-1',
        widget: 'adamw-per-param',
        series: 'rect[data-series="Adam + L2"]',
        legend: /^Adam \+ L2$/,
      },
    ],
  },
];

/** Computed colours of every coloured symbol and of the series it names, with contrast on its background. */
async function measure(page: Page, mappings: Mapping[]) {
  return page.evaluate((maps) => {
    const lum = (c: string) => {
      const [r, g, b] = (c.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
        const s = Number(v) / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const behind = (e: Element | null): string => {
      for (let n = e; n; n = n.parentElement) {
        const bg = getComputedStyle(n).backgroundColor;
        if (bg && !/rgba\(.*,\s*0\)$/.test(bg) && bg !== 'transparent') return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    const symbols = Array.from(document.querySelectorAll('.lesson-body [class*="eq-series-"]'));
    return symbols.map((el) => {
      const cls = Array.from(el.classList).find((c) => c.startsWith('eq-series-')) ?? '';
      const m = maps.find((x) => x.cls === cls);
      const drawn = m ? document.querySelector(`#${m.widget} ${m.series}`) : null;
      const colour = getComputedStyle(el).color;
      const back = lum(behind(el));
      const text = lum(colour);
      return {
        cls,
        tex: el.closest('.katex')?.querySelector('annotation')?.textContent ?? '',
        colour,
        series: drawn ? getComputedStyle(drawn).stroke : null,
        body: getComputedStyle(el.closest('p, li, .katex-display') ?? document.body).color,
        contrast: (Math.max(back, text) + 0.05) / (Math.min(back, text) + 0.05),
        // The MathML tree without its TeX annotation (which keeps the source, \htmlClass and all).
        mathml: el.closest('.katex')?.querySelector('.katex-mathml semantics > mrow')?.outerHTML ?? '',
      };
    });
  }, mappings);
}

for (const { slug, count, mappings } of LESSONS)
  for (const theme of ['light', 'dark'] as const)
    test(`${slug}: each coloured symbol has the colour of the curve it names, legibly (${theme})`, async ({
      page,
    }) => {
      await setTheme(page, theme);
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`/lessons/${slug}/`);
      for (const id of new Set(mappings.map((m) => m.widget))) await widget(page, id);
      for (const m of mappings) {
        const w = page.locator(`#${m.widget}`);
        await expect(w.locator(m.series).first()).toBeAttached();
        // The series is named in words in the widget's legend, not by colour alone.
        await expect(w.locator('.wk-legend li').filter({ hasText: m.legend })).toHaveCount(1);
      }
      const found = await measure(page, mappings);
      expect(found.map((f) => f.cls).length, 'coloured symbols on the page').toBe(count);
      for (const f of found) {
        const where = `${f.cls} in ${f.tex}`;
        expect(f.series, `${where}: names a series of the widget beside it`).not.toBeNull();
        expect(f.colour, `${where}: the series' colour`).toBe(f.series);
        expect(f.colour, `${where}: differs from the text around it`).not.toBe(f.body);
        expect(f.contrast, `${where}: contrast on its background`).toBeGreaterThanOrEqual(4.5);
        // What narration and search read (the MathML) carries no trace of the colour.
        expect(f.mathml, where).not.toContain('eq-series');
        expect(f.mathml, where).toMatch(/^<mrow>.*<\/mrow>$/);
      }

      // On paper: the light palette whatever the theme, still the widget's colour, still legible.
      await page.emulateMedia({ media: 'print', colorScheme: theme });
      for (const f of await measure(page, mappings)) {
        expect(f.colour, `${f.cls} printed`).toBe(f.series);
        expect(f.contrast, `${f.cls} printed: contrast on paper`).toBeGreaterThanOrEqual(4.5);
      }
    });
