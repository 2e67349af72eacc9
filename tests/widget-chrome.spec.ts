import { expect, test } from './fixtures/site.ts';
import { widget } from './fixtures/widgets.ts';

// The chrome every widget shares, checked where a reader would see a defect: confirmations
// beside the button that asked for them, cursors inside their plot, legends that match the
// marks drawn, sliders whose travel is mostly meaningful, and English plurals.

test('"Link copied." and the manual link field appear right under the copy button', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/lessons/sgd/');
  const w = await widget(page, 'sgd-paths');
  const button = w.getByRole('button', { name: 'Copy link to this setup' });
  await button.click();
  const status = w.getByText('Link copied.');
  await expect(status).toBeVisible();
  const b = (await button.boundingBox())!;
  const s = (await status.boundingBox())!;
  expect(s.y - (b.y + b.height), 'gap between the button and its confirmation (px)').toBeLessThan(40);
  expect(s.y).toBeGreaterThan(b.y);
});

test('without clipboard access the link field appears under the button, selected', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/lessons/variance-reduction/');
  const frame = page.locator('.wk-frame').first();
  await frame.scrollIntoViewIfNeeded();
  await expect(frame).toHaveAttribute('data-hydrated', 'true');
  const button = frame.getByRole('button', { name: 'Copy link to this setup' });
  await button.click();
  const field = frame.getByLabel('Copy this link:');
  await expect(field).toBeVisible();
  const b = (await button.boundingBox())!;
  const f = (await field.boundingBox())!;
  expect(f.y - (b.y + b.height)).toBeLessThan(60);
  expect(await field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)).toBe(
    await field.evaluate((el: HTMLInputElement) => el.value.length),
  );
});

test('the contour plot keeps its keyboard cursor inside the plot at every edge', async ({ page }) => {
  await page.goto('/lessons/sgd/');
  const w = await widget(page, 'sgd-paths');
  const plot = w.getByRole('application', { name: /Click to set the start point/ });
  await plot.focus();
  const clip = (await plot.locator('clipPath rect').boundingBox())!;
  for (const key of ['Shift+ArrowLeft', 'Shift+ArrowUp', 'Shift+ArrowRight', 'Shift+ArrowDown']) {
    for (let i = 0; i < 12; i++) await page.keyboard.press(key);
    // The readout's crosshair: two lines spanning the plot box, at a cursor clamped to the domain.
    for (const line of await plot.locator('.wk-cursor-line').all()) {
      const cross = (await line.boundingBox())!;
      expect(cross.x, `${key}: left`).toBeGreaterThanOrEqual(clip.x - 1);
      expect(cross.y, `${key}: top`).toBeGreaterThanOrEqual(clip.y - 1);
      expect(cross.x + cross.width, `${key}: right`).toBeLessThanOrEqual(clip.x + clip.width + 1);
      expect(cross.y + cross.height, `${key}: bottom`).toBeLessThanOrEqual(clip.y + clip.height + 1);
    }
  }
});

test('the noise-cloud legend shows the marks the plots draw (dots, star, cross), each visible', async ({
  page,
}) => {
  await page.goto('/lessons/sgd/');
  const w = await widget(page, 'grad-noise');
  const legend = w.locator('.wk-panels > div').first().locator('.wk-legend');
  await expect(legend.locator('li', { hasText: 'mini-batch gradients' }).locator('circle')).toHaveCount(1);
  await expect(legend.locator('li', { hasText: 'true gradient' }).locator('polygon')).toHaveCount(1);
  await expect(legend.locator('li', { hasText: 'average of the dots' }).locator('path')).toHaveCount(1);
  // The chart's measured series is drawn as dots only: its legend sample is a dot, not a line.
  const chartLegend = w.locator('.wk-panels > div').nth(1).locator('.wk-legend');
  await expect(chartLegend.locator('li', { hasText: 'measured' }).locator('circle')).toHaveCount(1, {
    timeout: 20_000,
  });
  // The average's cross is drawn after (on top of) the star.
  const order = await w.locator('svg[aria-label^="Scatter of"]').evaluate((svg) => {
    const marks = Array.from(svg.querySelectorAll('polygon, path[stroke="var(--series-3)"]'));
    return marks.map((m) => m.tagName);
  });
  expect(order.indexOf('path')).toBeGreaterThan(order.indexOf('polygon'));
});

test('step-size sliders give the divergent range a small part of their travel; links still reach lr = 1e6', async ({
  page,
}) => {
  await page.goto('/lessons/sgd/?sgd-paths.lr=1e6');
  const w = await widget(page, 'sgd-paths');
  const slider = w.getByRole('slider', { name: /Learning rate/ });
  const [min, max] = await slider.evaluate((el: HTMLInputElement) => [Number(el.min), Number(el.max)]);
  // Above lr ≈ 3 every run diverges at its first step: at most a fifth of the (log) travel.
  expect((max - Math.log10(3)) / (max - min)).toBeLessThan(0.2);
  await expect(w.locator('.wk-summary')).toContainText(/diverged/);
  await expect(w.getByRole('slider', { name: /Learning rate/ })).toHaveAttribute(
    'aria-valuetext',
    /1.*10|1e\+?6|1 000 000|1,000,000|10⁶/,
  );
});

test('summaries use the singular for one step and one example gradient', async ({ page }) => {
  await page.goto('/lessons/sgd/?sgd-paths.steps=1');
  const w = await widget(page, 'sgd-paths');
  // The link's settings reach the summary a painted frame after hydration: wait for them.
  const summary = w.locator('.wk-summary');
  await expect(summary).toContainText(/after 1 step \(1 example gradient\)/);
  expect(await summary.textContent()).not.toMatch(/\b1 steps\b|\b1 example gradients\b/);
});

test('printed, widgets and problems keep what they show and drop their screen-only controls', async ({
  page,
}) => {
  await page.goto('/lessons/sgd/');
  await widget(page, 'sgd-paths');
  const problem = page.locator('section[data-problem-id]').first();
  await problem.scrollIntoViewIfNeeded();
  await expect(problem.getByRole('button', { name: 'Check' })).toBeVisible({ timeout: 20_000 });
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate(() => {
    const visible = (e: Element) =>
      (e as HTMLElement).offsetParent !== null && getComputedStyle(e).visibility !== 'hidden';
    const q = (sel: string) => Array.from(document.querySelectorAll(`main ${sel}`));
    return {
      controls: q('button, input[type="range"], .wk-transport, .wk-plot-hint')
        .filter(visible)
        .map((e) => e.textContent?.slice(0, 30) || e.tagName),
      plots: q('.wk-frame svg[role="img"]').filter(visible).length,
      unbreakable: q('.wk-frame, .problem').every((e) => getComputedStyle(e).breakInside === 'avoid'),
      prompts: q('.problem-prompt').filter(visible).length,
    };
  });
  expect(shown.controls).toEqual([]);
  expect(shown.plots).toBeGreaterThan(0);
  expect(shown.prompts).toBeGreaterThan(0);
  expect(shown.unbreakable).toBe(true);
});

for (const width of [390, 1280]) {
  test(`at ${width} px a hydrated widget is laid out on its own: contained, as tall as its content, and growing with it`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('/lessons/momentum/');
    const w = await widget(page, 'momentum-noise');
    // Size and layout containment make the frame a relayout boundary (useRelayoutBoundary).
    await expect(w).toHaveAttribute('data-relayout-boundary', '');
    await expect(w).toHaveCSS('contain', 'strict');
    const sizes = () =>
      w.evaluate((frame) => {
        const contained = frame.getBoundingClientRect();
        const style = frame.style;
        const saved = [style.contain, style.containIntrinsicBlockSize];
        style.contain = 'paint';
        style.containIntrinsicBlockSize = '';
        const free = frame.getBoundingClientRect();
        [style.contain, style.containIntrinsicBlockSize] = saved;
        const summary = frame.querySelector('.wk-summary')!.getBoundingClientRect();
        return {
          contained: [contained.width, contained.height],
          free: [free.width, free.height],
          gapBelowSummary: contained.bottom - summary.bottom,
        };
      });
    const before = await sizes();
    // The frame is exactly as wide and as tall as it is without containment: nothing clipped or shifted.
    expect(before.contained[0]).toBeCloseTo(before.free[0], 1);
    expect(before.contained[1]).toBeCloseTo(before.free[1], 1);
    // Content that grows (here a 123 px block; in a widget, a message or a wrapped line) grows the
    // frame before the next paint.
    const grown = await w.evaluate(async (frame) => {
      const before = frame.getBoundingClientRect().height;
      const extra = document.createElement('div');
      extra.style.height = '123px';
      frame.querySelector('.wk-frame-content')!.append(extra);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const after = frame.getBoundingClientRect().height;
      extra.remove();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return { by: after - before, back: frame.getBoundingClientRect().height - before };
    });
    expect(grown.by).toBeCloseTo(123, 1);
    expect(grown.back).toBeCloseTo(0, 1);
    const after = await sizes();
    expect(after.gapBelowSummary).toBeCloseTo(before.gapBelowSummary, 1);
    expect(after.gapBelowSummary).toBeGreaterThan(0);
    // Printed pages have their own width: the frame follows its content there.
    await page.emulateMedia({ media: 'print' });
    await expect(w).toHaveCSS('contain', 'none');
  });
}

test('a press on every kind of kit control shows in its own frame; the widget has the value a frame later', async ({
  page,
}) => {
  await page.goto('/lessons/adaptive-methods/');
  const w = await widget(page, 'adam-stepper');
  const summary = w.locator('.wk-summary');
  type Seen = { summary: string; thresholdDisabled: boolean };
  // Presses one key on a control and reads, in the next animation frame (before it paints), what
  // that frame will show of the widget: its summary, and whether the clipping threshold (enabled
  // by the widget's state, not by the control) is still disabled.
  async function press(control: ReturnType<typeof w.getByRole>, key: string): Promise<Seen> {
    await control.focus();
    await page.evaluate(() => {
      const read = (): Seen => ({
        summary: document.querySelector('#adam-stepper .wk-summary')?.textContent ?? '',
        thresholdDisabled:
          document.querySelector<HTMLInputElement>('#adam-stepper [data-control-name="max-norm"] input')
            ?.disabled ?? false,
      });
      (window as unknown as { firstFrame: Promise<Seen> }).firstFrame = new Promise((resolve) =>
        addEventListener('keydown', () => requestAnimationFrame(() => resolve(read())), {
          capture: true,
          once: true,
        }),
      );
    });
    await page.keyboard.press(key);
    return page.evaluate(() => (window as unknown as { firstFrame: Promise<Seen> }).firstFrame);
  }

  // A log slider: thumb, value and aria-valuetext move at once; the run (and its summary) follows.
  const lr = w.getByRole('slider', { name: 'Learning rate η' });
  const lrText = await lr.getAttribute('aria-valuetext');
  let before = (await summary.textContent()) ?? '';
  let first = await press(lr, 'ArrowRight');
  const lrMoved = await lr.getAttribute('aria-valuetext');
  expect(lrMoved).not.toBe(lrText);
  await expect(w.locator('[data-control-name="lr"] output')).toHaveText(lrMoved!);
  expect(first.summary).toBe(before);
  await expect(summary).not.toHaveText(before);
  await expect(page).toHaveURL(/adam-stepper\.lr=/);

  // A select: the new option shows at once; the widget restarts the run with it a frame later.
  const stream = w.getByRole('combobox', { name: 'Gradient stream' });
  const streamBefore = await stream.inputValue();
  before = (await summary.textContent()) ?? '';
  first = await press(stream, 'ArrowDown');
  expect(await stream.inputValue()).not.toBe(streamBefore);
  expect(first.summary).toBe(before);
  await expect(page).toHaveURL(new RegExp(`adam-stepper\\.stream=${await stream.inputValue()}`));

  // A toggle: checked at once; the threshold it enables (widget state) follows a frame later.
  const clip = w.getByRole('checkbox', { name: /Clip the gradient norm/ });
  const threshold = w.getByRole('slider', { name: 'Clipping threshold c' });
  await expect(threshold).toBeDisabled();
  first = await press(clip, 'Space');
  await expect(clip).toBeChecked();
  expect(first.thresholdDisabled).toBe(true);
  await expect(threshold).toBeEnabled();
  // The run follows the widget's state a painted frame later again: wait for it before the next press.
  await expect(summary).toContainText('without clipping');

  // The Transport's scrubber: the frame shown beside it moves at once, the summary follows.
  const scrubber = w.getByRole('slider', { name: 'Update', exact: true });
  const frameText = await scrubber.getAttribute('aria-valuetext');
  before = (await summary.textContent()) ?? '';
  first = await press(scrubber, 'ArrowLeft');
  expect(await scrubber.getAttribute('aria-valuetext')).not.toBe(frameText);
  expect(first.summary).toBe(before);
  await expect(summary).not.toHaveText(before);
});

// Play draws frames only while its widget is on screen (usePlayback's holdOffScreenId): a reader
// who plays the SAGA table and scrolls on leaves it holding its frame, not drawing ~16 frames a
// second that nobody sees (at 4× CPU that playback alone kept the main thread busy). Back on
// screen, it goes on from the frame it held, still playing.
test('Play holds its frame while the widget is off screen and goes on from it when it is back', async ({
  page,
}) => {
  await page.goto('/lessons/variance-reduction/');
  const w = page.locator('section.wk-frame#saga-table');
  await w.scrollIntoViewIfNeeded();
  await expect(w).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
  const scrubber = w.getByRole('slider', { name: 'Step', exact: true });
  const at = async () => Number(await scrubber.inputValue());
  const end = Number(await scrubber.getAttribute('max'));
  await w.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(at).toBeGreaterThan(0);
  // Scrolled away: the frame is held.
  await page.locator('#references, .lesson-body > :last-child').last().scrollIntoViewIfNeeded();
  await expect(w).not.toBeInViewport();
  await page.waitForTimeout(300); // the observer's callback
  const held = await at();
  await page.waitForTimeout(1_000);
  expect(await at()).toBe(held);
  expect(held).toBeLessThan(end);
  await expect(w.getByRole('button', { name: 'Pause', exact: true })).toHaveCount(1);
  // Back on screen: it plays on from that frame.
  await w.scrollIntoViewIfNeeded();
  await expect.poll(at).toBeGreaterThan(held);
});

// A held arrow key under load: every press moves the thumb one step, and the thumb never moves
// back on its own. The kit hands a slider's value to its widget a frame after the press; a render
// in between (the widget's update still pending, a transition of shared state, a worker's result)
// carried the widget's older value, and showing it put the thumb back under the next key (CI, on a
// 2-core machine: 24 presses ended two steps short).
for (const { path, id, slider, keys } of [
  { path: '/lessons/adamw/', id: 'adamw-weight-norm', slider: 'Adam + L2 strength ÷ λ', keys: 24 },
  { path: '/lessons/momentum/', id: 'momentum-ravine', slider: 'Learning rate η', keys: 40 },
]) {
  test(`${id}: ${keys} presses each way at 4× CPU move the slider ${keys} steps and back, never backwards`, async ({
    page,
  }) => {
    await page.goto(path);
    const w = await widget(page, id);
    const input = w.getByRole('slider', { name: slider });
    await input.scrollIntoViewIfNeeded();
    const start = Number(await input.inputValue());
    const step = Number(await input.getAttribute('step'));
    // Every position the thumb takes, in order (the kit writes `value` and aria-valuetext together).
    await input.evaluate((el: HTMLInputElement) => {
      const seen: number[] = [];
      (window as unknown as { positions: number[] }).positions = seen;
      new MutationObserver(() => seen.push(Number(el.value))).observe(el, {
        attributes: true,
        attributeFilter: ['aria-valuetext'],
      });
      el.addEventListener('input', () => seen.push(Number(el.value)));
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await input.focus();
    for (let k = 0; k < keys; k++) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await input.inputValue())).toBeCloseTo(start + keys * step, 6);
    for (let k = 0; k < keys; k++) await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => Number(await input.inputValue())).toBeCloseTo(start, 6);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const positions = await page.evaluate(() => (window as unknown as { positions: number[] }).positions);
    const top = positions.indexOf(Math.max(...positions));
    const backwards = positions.filter(
      (p, k) => k > 0 && (k <= top ? p < positions[k - 1] : p > positions[k - 1]),
    );
    expect(backwards, `positions the thumb went back to: ${positions.join(' ')}`).toEqual([]);
    expect(Math.max(...positions)).toBeCloseTo(start + keys * step, 6);
  });
}
