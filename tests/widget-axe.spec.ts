import { axeViolations } from './fixtures/axe.ts';
import { expect, test } from './fixtures/site.ts';
import { widgetsOnDisk } from './fixtures/embeds.ts';

/**
 * Every widget passes axe after a reader has used it, in both themes — not only as first drawn.
 * A widget's markup changes with its state (an expanded derivation, a stepped optimizer's formula
 * lines, a trained board's tables): the Adam stepper once put focusable elements inside
 * aria-hidden lines that only appeared after a step, which a scan of the fresh page never saw.
 * The interaction is generic, so a new widget is covered without a line here: every slider moved
 * one step, every checkbox toggled, and the first Step/Play/Next/Run button pressed.
 */
const widgets = widgetsOnDisk();
const ADVANCE = /^(step|play|next|run|train|start)\b/i;

test.describe('every widget passes axe after interaction', () => {
  expect(widgets.length).toBeGreaterThan(0);
  for (const w of widgets) {
    test(`${w.folder} (/embed/${w.id}/), light and dark`, async ({ page }) => {
      test.setTimeout(90_000);
      for (const theme of ['light', 'dark'] as const) {
        await page.goto(`/embed/${w.id}/?theme=${theme}`);
        const frame = page.locator(`section.wk-frame#${w.id}`);
        await expect(frame).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
        const sliders = frame.locator('input[type="range"]:enabled');
        for (let i = 0, n = await sliders.count(); i < n; i++) {
          await sliders.nth(i).focus();
          await page.keyboard.press('ArrowRight');
        }
        const boxes = frame.locator('input[type="checkbox"]:enabled');
        for (let i = 0, n = await boxes.count(); i < n; i++) {
          await boxes.nth(i).focus();
          await page.keyboard.press('Space');
        }
        const advance = frame.getByRole('button', { name: ADVANCE });
        if (await advance.count()) await advance.first().click();
        // Let what the interaction started land (worker results, the next animation frames).
        await page.waitForTimeout(600);
        expect(await axeViolations(page, { include: `section.wk-frame#${w.id}` }), theme).toEqual([]);
        // A view waiting for a newer result is dimmed (ResultView): its text must stay readable
        // then too, not only once the result lands. Held dimmed here, so the scan cannot race it.
        const views = frame.locator('[aria-busy]');
        const dimmed = await views.evaluateAll(
          (els) => els.map((el) => el.classList.add('wk-pending')).length,
        );
        if (dimmed > 0) {
          expect(
            await axeViolations(page, { include: `section.wk-frame#${w.id}` }),
            `${theme}, dimmed while pending`,
          ).toEqual([]);
        }
      }
    });
  }
});
