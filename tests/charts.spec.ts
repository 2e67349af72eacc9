import type { Locator, Page } from '@playwright/test';
import { axeViolations } from './fixtures/axe.ts';
import { expect, setTheme, test } from './fixtures/site.ts';
import { widget } from './fixtures/widgets.ts';

// Recharts where a chart is studied (issue 32): the quick reference's charts and the run
// explorer under the races — axes, keyboard tooltips, legend toggles, log/linear, zoom, axe.

/** The Recharts chart of a reference entry, once it has hydrated (it does when scrolled to). */
async function referenceChart(page: Page, id: string): Promise<Locator> {
  const item = page.locator(`section:has(> h3#${id})`);
  await item.scrollIntoViewIfNeeded();
  const chart = item.locator('.study-chart[role="figure"]');
  // A flat curve has an empty box (Playwright calls it hidden): wait for the drawn path instead.
  await expect(chart.locator('.recharts-line-curve')).toHaveAttribute('d', /^M[\d.]+,[\d.]+L/, {
    timeout: 15_000,
  });
  return chart;
}

/** The tick labels of a Recharts chart's x or y axis. */
const ticks = (chart: Locator, axis: 'x' | 'y') =>
  chart.locator(`.recharts-${axis}Axis-tick-labels .recharts-cartesian-axis-tick-value`).allTextContents();

/** The number after "name = " in the chart's tooltip. */
async function tooltipValue(chart: Locator, name: string): Promise<number> {
  const text = (await chart.locator('.recharts-tooltip-wrapper').textContent()) ?? '';
  const m = new RegExp(`${name.replace(/[()]/g, '\\$&')} = ([0-9.e+−-]+)`).exec(text);
  expect(m, `"${name} = …" in "${text}"`).not.toBeNull();
  return Number(m![1].replace('−', '-'));
}

test.describe('the quick reference charts', () => {
  test('a schedule chart has labelled axes and a tooltip the arrow keys move step by step', async ({
    page,
  }) => {
    await page.goto('/reference/');
    const chart = await referenceChart(page, 'sched-stepLR');
    await expect(chart.locator('.recharts-label', { hasText: 'k (scheduler steps)' })).toHaveCount(1);
    await expect(chart.locator('.recharts-label', { hasText: 'learning rate η' })).toHaveCount(1);
    expect(await ticks(chart, 'x')).toEqual(['0', '20', '40', '60', '80']);
    // y from 0 to the peak 0.1 of StepLR(lr=0.1).
    const y = (await ticks(chart, 'y')).map(Number);
    expect(y[0]).toBe(0);
    expect(y[y.length - 1]).toBe(0.1);
    // The static picture the page prints stays behind it, hidden on screen.
    await expect(page.locator('section:has(> h3#sched-stepLR) svg.spark')).toBeHidden();

    await chart.locator('.recharts-surface').focus();
    await page.keyboard.press('ArrowRight');
    const tip = chart.locator('.recharts-tooltip-wrapper');
    await expect(tip).toContainText(/k = \d+/);
    const k0 = Number(/k = (\d+)/.exec((await tip.textContent()) ?? '')![1]);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(tip).toContainText(`k = ${k0 + 3}`);
    // StepLR(step_size=30, gamma=0.1) from 0.1: 0.1 before k = 30, by the formula η(k) = 0.1 · 0.1^⌊k/30⌋.
    expect(await tooltipValue(chart, 'η(k)')).toBeCloseTo(0.1 * 0.1 ** Math.floor((k0 + 3) / 30), 10);
  });

  test('an optimizer chart reads the step length by keyboard: SGD steps η‖G‖ at every update', async ({
    page,
  }) => {
    await page.goto('/reference/');
    const chart = await referenceChart(page, 'opt-sgd');
    await expect(chart.locator('.recharts-label', { hasText: 'update t' })).toHaveCount(1);
    await expect(chart.locator('.recharts-label', { hasText: 'step length' })).toHaveCount(1);
    await chart.locator('.recharts-surface').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(chart.locator('.recharts-tooltip-wrapper')).toContainText(/t = \d+/);
    // η = 0.01 (SGD has no default) times ‖G‖ for the caption's G = (1, 0.1, 0.01, 0.001).
    const expected = Number((0.01 * Math.hypot(1, 0.1, 0.01, 0.001)).toPrecision(4));
    expect(await tooltipValue(chart, '‖θₜ − θₜ₋₁‖')).toBe(expected);
  });

  for (const theme of ['light', 'dark'] as const)
    test(`axe finds nothing on the reference page with its charts drawn (${theme})`, async ({ page }) => {
      await setTheme(page, theme);
      await page.goto('/reference/');
      await referenceChart(page, 'opt-adam');
      await referenceChart(page, 'sched-cosineAnnealingLR');
      // The charts, drawn and not; site.spec scans the whole page (its first charts drawn) with a
      // longer timeout: all of it takes axe over a minute on this machine.
      expect(await axeViolations(page, { include: '.ref-chart' })).toEqual([]);
    });
});

/** Opens the explorer under a finished race and returns its panel. */
async function openExplorer(w: Locator): Promise<Locator> {
  const open = w.getByRole('button', { name: 'Explore these runs' });
  await expect(open).toBeEnabled();
  await open.click();
  const panel = w.locator('.wk-explore-panel');
  await expect(panel.getByRole('heading', { name: 'Explore these runs' })).toBeFocused();
  await expect(panel.locator('.recharts-line-curve').first()).toHaveAttribute('d', /^M/, { timeout: 15_000 });
  return panel;
}

const yTicks = (panel: Locator) => ticks(panel, 'y');

test.describe('the run explorer', () => {
  test('after the schedule race: legend hides a run, log/linear changes the axis, zoom and the brush narrow the range', async ({
    page,
  }) => {
    await page.goto('/lessons/schedules/');
    const w = await widget(page, 'schedule-race');
    const panel = await openExplorer(w);
    const lines = panel.locator('.recharts-line-curve');
    const runs = await panel.locator('.wk-rx-legend button').count();
    expect(runs).toBeGreaterThanOrEqual(3);
    await expect(lines).toHaveCount(runs);

    // Legend: a real toggle button, by keyboard.
    const constant = panel.getByRole('button', { name: /^constant/ });
    await expect(constant).toHaveAttribute('aria-pressed', 'true');
    await constant.focus();
    await page.keyboard.press('Enter');
    await expect(constant).toHaveAttribute('aria-pressed', 'false');
    await expect(lines).toHaveCount(runs - 1);
    await expect(panel.locator('.wk-rx-range')).toContainText('1 hidden');
    await constant.click();
    await expect(lines).toHaveCount(runs);

    // Log scale: every y tick a power of ten; linear: evenly spaced ticks that are not.
    const logScale = panel.getByRole('button', { name: 'Log scale' });
    await expect(logScale).toHaveAttribute('aria-pressed', 'true');
    const logTicks = await yTicks(panel);
    for (const t of logTicks) expect(Math.log10(Number(t.replace('−', '-'))) % 1, t).toBeCloseTo(0, 10);
    await logScale.click();
    await expect(logScale).toHaveAttribute('aria-pressed', 'false');
    await expect(panel.locator('.wk-rx-range')).toContainText('linear scale');
    await expect.poll(() => yTicks(panel)).not.toEqual(logTicks);

    // Zoom: the readout and the x axis follow the visible range.
    const range = panel.locator('.wk-rx-range');
    await expect(range).toContainText('(the whole run)');
    const whole = /update t (\d+) to (\d+)/
      .exec((await range.textContent()) ?? '')!
      .slice(1)
      .map(Number);
    await panel.getByRole('button', { name: 'Zoom in' }).click();
    await panel.getByRole('button', { name: 'Later →' }).click();
    await expect(range).not.toContainText('(the whole run)');
    const zoomed = /update t (\d+) to (\d+)/
      .exec((await range.textContent()) ?? '')!
      .slice(1)
      .map(Number);
    expect(zoomed[0]).toBeGreaterThan(whole[0]);
    expect(zoomed[1] - zoomed[0]).toBeLessThan((whole[1] - whole[0]) * 0.6);
    const xTicks = (await ticks(panel, 'x')).map(Number);
    expect(xTicks.length).toBeGreaterThan(1);
    for (const x of xTicks) expect(x).toBeGreaterThanOrEqual(zoomed[0]);

    // The Brush by keyboard: its left handle moves with the arrows.
    await panel.getByRole('button', { name: 'Show all' }).click();
    await expect(range).toContainText('(the whole run)');
    await panel.locator('.recharts-brush-traveller').first().focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect(range).not.toContainText('(the whole run)');
    const braked = /update t (\d+) to (\d+)/
      .exec((await range.textContent()) ?? '')!
      .slice(1)
      .map(Number);
    expect(braked[0]).toBeGreaterThan(0);
    expect(braked[1]).toBe(whole[1]);

    // Escape closes the explorer and gives focus back to its button.
    await panel.getByRole('button', { name: 'Log scale' }).focus();
    await page.keyboard.press('Escape');
    await expect(w.locator('.wk-explore-panel')).toHaveCount(0);
    await expect(w.getByRole('button', { name: 'Explore these runs' })).toBeFocused();
  });

  test('after the stop-anytime race: the keyboard cursor reads every run’s value in the live readout', async ({
    page,
  }) => {
    await page.goto('/lessons/beyond-adamw/');
    const w = await widget(page, 'stop-anytime');
    const panel = await openExplorer(w);
    const runs = await panel.locator('.wk-rx-legend button').count();
    await panel.getByRole('button', { name: 'Zoom in' }).click();
    await expect(panel.locator('.wk-rx-range')).not.toContainText('(the whole run)');
    const readout = panel.locator('.wk-rx-readout');
    await expect(readout).toHaveAttribute('aria-live', 'polite');
    await expect(readout.locator('.wk-rx-readout-head')).toContainText('Last in view');
    // The pointer away from the chart: focusing scrolls the chart, and one that ends up under a
    // resting pointer follows the pointer, not the keys (Recharts).
    await page.mouse.move(0, 0);
    await panel.locator('.wk-rx-chart .recharts-surface').focus();
    await page.keyboard.press('ArrowRight');
    await expect(readout.locator('.wk-rx-readout-head')).toHaveText(/^update t = \d/);
    const first = await readout.locator('.wk-rx-readout-head').textContent();
    await page.keyboard.press('ArrowRight');
    await expect(readout.locator('.wk-rx-readout-head')).not.toHaveText(first!);
    await expect(readout.locator('li')).toHaveCount(runs);
    // Each entry a finite number (no NaN reaches the reader).
    for (const v of await readout.locator('.wk-rx-readout-value').allTextContents())
      expect(v).toMatch(/^−?[0-9]/);
  });

  for (const width of [1280, 390])
    test(`the readout never covers the curves: it sits under the plot, names in full, at ${width} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/lessons/schedules/');
      const w = await widget(page, 'schedule-race');
      const panel = await openExplorer(w);
      const readout = panel.locator('.wk-rx-readout');
      const head = readout.locator('.wk-rx-readout-head');
      // Nothing floats inside the chart: Recharts' tooltip renders into the readout.
      await expect(panel.locator('.wk-rx-chart .recharts-tooltip-wrapper')).toHaveCount(0);
      await expect(readout.locator('.recharts-tooltip-wrapper')).toHaveCount(1);
      // Every run's full name, the longest ones too ("multi-step ×0.1 at 50 % and 75 %").
      const names = await panel.locator('.wk-rx-legend .wk-rx-name').allTextContents();
      expect(
        names.some((n) => n.length >= 25),
        names.join(' | '),
      ).toBe(true);
      await expect(readout.locator('.wk-rx-readout-name')).toHaveText(names);

      // The chart and its readout on screen (pointer coordinates are the viewport's).
      await readout.scrollIntoViewIfNeeded();
      await panel.locator('.wk-rx-chart').scrollIntoViewIfNeeded();
      const plot = (await panel.locator('.recharts-cartesian-grid').boundingBox())!;
      const rest = (await readout.boundingBox())!;
      const apart = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
        a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      expect(apart(rest, plot), 'readout outside the plotted area').toBe(true);

      // Pointer: at the left, middle and right of the plot the readout follows the cursor, stays
      // clear of the plotted area and of a 48 px neighbourhood of the pointer, and keeps its size.
      let last = '';
      for (const f of [0.1, 0.5, 0.9]) {
        const x = plot.x + f * plot.width;
        const y = plot.y + plot.height / 2;
        await page.mouse.move(x, y);
        await expect(head).toHaveText(/^update t = \d/);
        await expect(head).not.toHaveText(last);
        last = (await head.textContent())!;
        const box = (await readout.boundingBox())!;
        expect(apart(box, plot), `at ${f}: outside the plot`).toBe(true);
        expect(
          apart(box, { x: x - 24, y: y - 24, width: 48, height: 48 }),
          `at ${f}: clear of the pointer`,
        ).toBe(true);
        expect(Math.abs(box.height - rest.height), `at ${f}: same height`).toBeLessThanOrEqual(1);
        expect(Math.abs(box.y - rest.y), `at ${f}: not moved`).toBeLessThanOrEqual(1);
      }
      // Keyboard: the same readout, the same place.
      await page.mouse.move(0, 0);
      await panel.locator('.wk-rx-chart .recharts-surface').focus();
      await page.keyboard.press('ArrowLeft');
      await expect(head).toHaveText(/^update t = \d/);
      const box = (await readout.boundingBox())!;
      expect(apart(box, plot)).toBe(true);
      expect(Math.abs(box.height - rest.height)).toBeLessThanOrEqual(1);
    });

  for (const theme of ['light', 'dark'] as const)
    test(`axe finds nothing in the open explorer (${theme})`, async ({ page }) => {
      await setTheme(page, theme);
      await page.goto('/lessons/schedules/');
      const w = await widget(page, 'schedule-race');
      const panel = await openExplorer(w);
      await panel.getByRole('button', { name: /^constant/ }).click();
      expect(await axeViolations(page, { include: '#schedule-race' })).toEqual([]);
    });
});
