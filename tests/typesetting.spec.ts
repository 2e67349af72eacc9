import { builtPages, expect, test } from './fixtures/site.ts';
import { hydrateAll } from './fixtures/hydrateAll.ts';
import { measureTypesetting } from './fixtures/typesetting.ts';

// What the reader sees of the math, measured from the rendered boxes: the markup can be right
// while the stylesheet does not match it (two KaTeX versions did exactly that).
for (const path of builtPages()) {
  test(`every formula with a script or a fraction is typeset on ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    await hydrateAll(page);
    await page.evaluate(() => document.fonts.ready);
    // Open proofs and deep dives so the math inside them is laid out and measured too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    const report = await measureTypesetting(page);
    expect(report.defects, `${report.typeset} of ${report.checked} formulas typeset`).toEqual([]);
  });
}
