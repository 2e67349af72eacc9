import type { Locator, Page } from '@playwright/test';
import { axeViolations } from './fixtures/axe.ts';
import { expect, setTheme, test } from './fixtures/site.ts';
import { expectNoBadNumbers, openPlayground } from './fixtures/widgets.ts';

// The capstone playground's parity features: the optimizers after AdamW, the decision plots'
// keyboard readout and toggles (issue 30 part 1, issue 29's playground item).

const playground = openPlayground;

/** Distinct colours in an element's screenshot (a canvas the worker draws cannot be read from the page). */
async function colours(page: Page, el: Locator): Promise<number> {
  const png = (await el.screenshot()).toString('base64');
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const px = new Uint32Array(ctx.getImageData(0, 0, c.width, c.height).data.buffer);
    return new Set(px).size;
  }, png);
}

const LOSS = '(\\d+\\.\\d+(?:e-\\d+)?)';

/** Trains the configurations to the end and returns the summary's text. */
async function trainToEnd(w: Locator, steps: number): Promise<string> {
  await w.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(w.locator('.wk-summary')).toContainText(`Finished ${steps} updates`, { timeout: 60_000 });
  await expectNoBadNumbers(w);
  return (await w.locator('.wk-summary').textContent()) ?? '';
}

/** Configuration A's row of the metrics table, cell by column label. */
const cell = (w: Locator, label: string) =>
  w.locator('tbody tr').first().locator(`td[data-label="${label}"]`);

/**
 * A classifier's numbers in the summary for configuration A: finite, accuracies in [0, 100], and
 * the same figures (same rounding) as the table's row.
 */
async function checkClassifierNumbers(w: Locator, text: string) {
  const m = new RegExp(`A, [^:]+: train (\\d+)% \\(loss ${LOSS}\\), test (\\d+)% \\(loss ${LOSS}\\)`).exec(
    text,
  );
  expect(m, text).not.toBeNull();
  const [, trainAcc, trainLoss, testAcc, testLoss] = m!;
  for (const v of [trainLoss, testLoss]) expect(Number.isFinite(Number(v)) && Number(v) >= 0).toBe(true);
  for (const a of [trainAcc, testAcc]) expect(Number(a)).toBeLessThanOrEqual(100);
  await expect(cell(w, 'train loss')).toHaveText(trainLoss);
  await expect(cell(w, 'test loss')).toHaveText(testLoss);
  await expect(cell(w, 'train acc.')).toHaveText(`${trainAcc}%`);
  await expect(cell(w, 'test acc.')).toHaveText(`${testAcc}%`);
  return { trainAcc: Number(trainAcc), trainLoss: Number(trainLoss), testLoss: Number(testLoss) };
}

test.describe('playground parity', () => {
  test('Muon trains: it is offered, writes the link, shows AdamW’s rate beside it and finishes with finite numbers', async ({
    page,
  }) => {
    const w = await playground(
      page,
      '?playground.v=1&playground.runs=1&playground.steps=300&playground.configs.0.momentum=0',
    );
    await w.getByLabel('Optimizer', { exact: true }).selectOption('muon');
    await expect(page).toHaveURL(/configs\.0\.optimizer=muon/);
    await expect(page).toHaveURL(/configs\.0\.momentum=0\.95/);
    await expect(w.getByLabel(/AdamW η on biases and output/).first()).toBeVisible();
    await expect(w.locator('figcaption').first()).toContainText('Muon (hidden matrices)');
    await w.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(w.locator('.wk-summary')).toContainText('Finished 300 updates', { timeout: 40_000 });
    expect(await w.innerText()).not.toMatch(/NaN|undefined|Infinity/);
  });

  // Controls hand their values to the widget just after the frame that shows them has painted, so
  // two controls changed within one frame hand over together, before React renders again: the
  // second must patch the configuration the first left, not the one last rendered (the full
  // suite once lost the chosen Lion to the η pressed just after it, on a busy main thread).
  test('an optimizer and its η changed within one frame both stick', async ({ page }) => {
    const w = await playground(page, '?playground.v=1&playground.runs=1&playground.steps=300');
    const select = w.getByLabel('Optimizer', { exact: true });
    const rate = w.getByRole('slider', { name: /Learning rate η/ });
    const before = await rate.evaluate((el) => (el as HTMLInputElement).valueAsNumber);
    await page.evaluate(
      ([s, r]) => {
        const sel = s as HTMLSelectElement;
        sel.value = 'lion';
        sel.dispatchEvent(new Event('change', { bubbles: true }));
        const input = r as HTMLInputElement;
        input.value = String(input.valueAsNumber - 3 * Number(input.step || 1));
        input.dispatchEvent(new Event('input', { bubbles: true }));
      },
      [await select.elementHandle(), await rate.elementHandle()],
    );
    await expect(page).toHaveURL(/configs\.0\.optimizer=lion/);
    await expect(w.locator('figcaption').first()).toContainText('Lion η = ');
    await expect(page).toHaveURL(/configs\.0\.lr=/);
    expect(await rate.evaluate((el) => (el as HTMLInputElement).valueAsNumber)).toBeLessThan(before);
  });

  // The island carries no optimizer code (the worker builds the transforms; the engine loads on
  // the page only without a worker): an optimizer after AdamW chosen in a configuration must still
  // train, in the embed, with and without Worker support. The worker draws the boards and the
  // diagram where the browser has OffscreenCanvas; without it, or without a worker, the page does:
  // in every case both are drawn.
  const modes = {
    'in the worker, which draws': null,
    'in the worker, no OffscreenCanvas: the page draws': 'offscreen',
    'no Worker: the engine loads on the page': 'worker',
    'a Worker that cannot start (file://, a strict CSP): the page trains and draws': 'throws',
  } as const;
  for (const [mode, missing] of Object.entries(modes)) {
    test(`Lion chosen in the embed trains to a result (${mode})`, async ({ page }) => {
      if (missing)
        await page.addInitScript((what) => {
          // A browser without Web Workers: connectTraining falls back to the page.
          if (what === 'worker') Reflect.deleteProperty(window, 'Worker');
          // A browser that has Workers but refuses to start one here.
          else if (what === 'throws')
            window.Worker = class {
              constructor() {
                throw new DOMException('Workers are not allowed here', 'SecurityError');
              }
            } as unknown as typeof Worker;
          // A browser that cannot hand a canvas to a worker.
          else Reflect.deleteProperty(HTMLCanvasElement.prototype, 'transferControlToOffscreen');
        }, missing);
      await page.goto('/embed/playground/?playground.v=1&playground.runs=1&playground.steps=300');
      const w = page.locator('#playground');
      await expect(w).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
      await w.getByLabel('Optimizer', { exact: true }).selectOption('lion');
      await w.getByRole('slider', { name: /Learning rate η/ }).focus();
      // Lion's sign steps want a smaller rate than SGD's: 0.1 → 0.01 in 24 presses of 1/24 decade.
      for (let k = 0; k < 24; k++) await page.keyboard.press('ArrowLeft');
      await expect(w.locator('figcaption').first()).toContainText('Lion η = 0.01');
      await expect(page).toHaveURL(/configs\.0\.optimizer=lion/);
      const text = await trainToEnd(w, 300);
      expect(text).toContain('Lion');
      const { trainAcc } = await checkClassifierNumbers(w, text);
      // two moons, 300 Lion updates: well past chance
      expect(trainAcc).toBeGreaterThan(60);
      // the board (a boundary and the points) and the diagram are drawn, not blank
      expect(
        await colours(page, w.getByRole('img', { name: /Decision boundary of configuration A/ })),
      ).toBeGreaterThan(50);
      expect(
        await colours(page, w.getByRole('img', { name: /Network diagram of configuration A/ })),
      ).toBeGreaterThan(50);
    });
  }

  test('the decision plot reads x₁, x₂ and P(class 1) by keyboard; the toggles go into the link', async ({
    page,
  }) => {
    const w = await playground(page, '?playground.v=1&playground.runs=1');
    const plot = w.getByRole('img', { name: /Decision boundary of configuration A/ });
    await plot.focus();
    await page.keyboard.press('ArrowRight');
    const readout = w.getByTestId('pg-readout').first();
    await expect(readout).toHaveAttribute('aria-live', 'polite');
    // cell (20, 21) of 40: centre x₁ = −1.5 + 21.5·0.075 = 0.1125, x₂ = 1.5 − 20.5·0.075 = −0.0375
    await expect(readout).toContainText(/x₁ = 0\.11, x₂ = −0\.0[34]: P\(class 1\) = 0\.\d+/);
    await page.keyboard.press('Shift+ArrowUp');
    await expect(readout).toContainText('x₂ = 0.34');
    await w.getByLabel('Show test data').uncheck();
    await expect(page).toHaveURL(/showTest=0/);
    await w.getByLabel('Discretise output').check();
    await expect(page).toHaveURL(/discrete=1/);
  });

  test('x₁² turned on on the diagram: a 3-input network trains, summary and table agree', async ({
    page,
  }) => {
    const w = await playground(page, '?playground.v=1&playground.runs=1&playground.steps=300');
    await w.getByTestId('pg-diagram').getByRole('button', { name: 'Input x₁²', exact: true }).click();
    await expect(page).toHaveURL(/x1Squared=1/);
    await expect(w.locator('.wk-description')).toContainText('A 3-8-8-1 network');
    await expect(w.locator('.wk-description')).toContainText('x₁, x₂, x₁²');
    const text = await trainToEnd(w, 300);
    const { trainAcc } = await checkClassifierNumbers(w, text);
    // moons with a bent input trains well past chance in 300 updates
    expect(trainAcc).toBeGreaterThan(60);
  });

  test('L1 regularisation: λ appears, goes into the link, and the run ends with consistent numbers', async ({
    page,
  }) => {
    const w = await playground(page, '?playground.v=1&playground.runs=1&playground.steps=300');
    await expect(w.getByRole('slider', { name: /Regularisation rate λ/ })).toHaveCount(0);
    await w.getByLabel('Regularisation (weights, not biases)').selectOption('l1');
    await expect(page).toHaveURL(/regularization=l1/);
    await expect(w.getByRole('slider', { name: /Regularisation rate λ/ })).toBeVisible();
    const text = await trainToEnd(w, 300);
    await checkClassifierNumbers(w, text);
  });

  test('regression: the multi-Gaussian set trains on the squared loss; loss only, ŷ in the readout, a colour legend', async ({
    page,
  }) => {
    const w = await playground(page, '?playground.v=1&playground.runs=2&playground.steps=300');
    await w.getByLabel('Problem type').selectOption('regression');
    await w.getByLabel('Data set').selectOption('gauss');
    await expect(page).toHaveURL(/problem=regression/);
    await expect(page).toHaveURL(/regDataset=gauss/);
    await expect(w.locator('.wk-description')).toContainText('squared loss');
    await expect(w.getByRole('img', { name: /Colour scale: ŷ = −1/ })).toBeVisible();
    await expect(w.getByRole('columnheader', { name: 'train acc.' })).toHaveCount(0);
    const text = await trainToEnd(w, 300);
    expect(text).not.toMatch(/%|accuracy/);
    const rows = [...text.matchAll(new RegExp(`train loss ${LOSS}, test loss ${LOSS}`, 'g'))];
    expect(rows).toHaveLength(2);
    for (const [, a, b] of rows) for (const v of [a, b]) expect(Number(v)).toBeGreaterThan(0);
    await expect(cell(w, 'train loss')).toHaveText(rows[0][1]);
    await expect(cell(w, 'test loss')).toHaveText(rows[0][2]);
    // the lowest test loss is named, and it is the smaller of the two
    const best = Number(rows[0][2]) <= Number(rows[1][2]) ? 'A' : 'B';
    if (rows[0][2] !== rows[1][2]) expect(text).toContain(`Lowest test loss: ${best}.`);
    await w.getByRole('img', { name: /Predicted value of configuration A/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(w.getByTestId('pg-readout').first()).toContainText(
      /x₁ = 0\.11, x₂ = −0\.0[34]: ŷ = −?[\d.]+/,
    );
  });

  test('a press while training restarts the runs without the table, charts or board collapsing', async ({
    page,
  }) => {
    const w = await playground(page, '?playground.v=1&playground.runs=2&playground.steps=3000');
    await w.getByRole('button', { name: 'Play', exact: true }).click();
    const stepCell = w.locator('tbody tr').first().locator('td[data-label="step"]');
    await expect(stepCell).toHaveText(/^[1-9]\d*$/, { timeout: 20_000 });
    // Every animation frame from the press until the restarted runs report (A's step goes back):
    // the table's rows and cells, and the heights of the frame, the table and the charts.
    type Seen = { rows: number; cells: number; frame: number; table: number; charts: number; step: string };
    const watch = w.evaluate(
      (frame) =>
        new Promise<Seen[]>((resolve) => {
          const seen: Seen[] = [];
          const t0 = performance.now();
          const h = (sel: string) => Math.round(frame.querySelector(sel)!.getBoundingClientRect().height);
          const tick = () => {
            seen.push({
              rows: frame.querySelectorAll('tbody tr').length,
              cells: frame.querySelectorAll('tbody td').length,
              frame: Math.round(frame.getBoundingClientRect().height),
              table: h('.wk-table-scroll'),
              charts: h('.wk-training-charts'),
              step: frame.querySelector('tbody tr td[data-label="step"]')?.textContent ?? '',
            });
            const steps = seen.map((s) => Number(s.step)).filter(Number.isFinite);
            const wentBack = steps.some((v, i) => i > 0 && v < steps[i - 1]);
            if (wentBack || performance.now() - t0 > 4000) resolve(seen);
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }),
    );
    await w.getByRole('slider', { name: 'Hidden layers' }).press('ArrowRight');
    const seen = await watch;
    const steps = seen.map((s) => Number(s.step));
    expect(
      steps.some((v, i) => i > 0 && v < steps[i - 1]),
      `the runs restarted within 4 s: ${steps.join(' ')}`,
    ).toBe(true);
    for (const s of seen) {
      expect(s.rows).toBe(2);
      expect(s.cells).toBe(12);
      expect(s.table).toBe(seen[0].table);
      expect(s.charts).toBe(seen[0].charts);
      expect(Math.abs(s.frame - seen[0].frame), 'the frame keeps its height').toBeLessThanOrEqual(1);
    }
  });

  test('small things: before Play the charts span 0 … T; the run colours are not the class colours', async ({
    page,
  }) => {
    const w = await playground(page, '?playground.v=1&playground.runs=2&playground.steps=1000');
    const ticks = await w.locator('.wk-training-charts svg text').allTextContents();
    expect(ticks).toContain('1000');
    expect(ticks).not.toContain('−1');
    const classes = ['rgb(31, 95, 191)', 'rgb(192, 81, 10)'];
    const swatches = await w
      .locator('.pg-swatch')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
    expect(swatches).toHaveLength(2);
    for (const c of swatches) expect(classes).not.toContain(c);
    expect(new Set(swatches).size).toBe(2);
  });

  test('network diagram: + adds a unit (in the link and the network), a link’s weight is read by keyboard and follows the training', async ({
    page,
  }) => {
    const w = await playground(page, '?playground.v=1&playground.runs=1&playground.steps=300');
    const diagram = w.getByTestId('pg-diagram');
    await diagram.getByRole('button', { name: 'Add a unit to hidden layer 1' }).click();
    await expect(page).toHaveURL(/units1=9/);
    await expect(w.locator('.wk-description')).toContainText('A 2-9-8-1 network');
    await expect(diagram.getByRole('img', { name: /a 2-9-8-1 network/ })).toBeVisible();
    await diagram.getByRole('button', { name: 'Add a hidden layer' }).click();
    await expect(w.locator('.wk-description')).toContainText('A 2-9-8-8-1 network');
    await diagram.getByRole('button', { name: 'Remove the last hidden layer' }).click();
    await expect(w.locator('.wk-description')).toContainText('A 2-9-8-1 network');
    const canvas = diagram.getByRole('img', { name: /Network diagram of configuration A/ });
    await canvas.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const readout = w.getByTestId('pg-diagram-readout');
    await expect(readout).toHaveAttribute('aria-live', 'polite');
    await expect(readout).toContainText(
      /^Link from input x₂ to hidden layer 1, unit \d+: weight −?\d+\.\d{3}$/,
    );
    const before = (await readout.textContent()) ?? '';
    await w.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(w.locator('.wk-summary')).toContainText('Finished 300 updates', { timeout: 60_000 });
    await expect(readout).not.toHaveText(before);
    await expect(readout).toContainText(
      /^Link from input x₂ to hidden layer 1, unit \d+: weight −?\d+\.\d{3}$/,
    );
    // a unit: its bias and the range of its output over the plane
    await canvas.focus();
    await page.keyboard.press('ArrowRight');
    await expect(readout).toContainText(
      /^Hidden layer 1, unit \d: bias −?\d+\.\d{3}; output \(tanh\) from −?[\d.]+ to −?[\d.]+ over the plane$/,
    );
    await expectNoBadNumbers(w);
  });

  test('input features toggle on the diagram by keyboard and pointer; the last one on stays on', async ({
    page,
  }) => {
    const w = await playground(page, '?playground.v=1&playground.runs=1');
    const diagram = w.getByTestId('pg-diagram');
    const inputs = diagram.getByRole('group', { name: 'Input features' });
    const feature = (label: string) => inputs.getByRole('button', { name: `Input ${label}`, exact: true });
    // all seven features are in the column, x₁ and x₂ on
    await expect(inputs.getByRole('button')).toHaveCount(7);
    await expect(feature('x₁')).toHaveAttribute('aria-pressed', 'true');
    await expect(feature('sin x₂')).toHaveAttribute('aria-pressed', 'false');
    // the settings have no second set of feature checkboxes (one place to toggle them)
    await expect(w.getByRole('checkbox', { name: 'x₁²' })).toHaveCount(0);
    const readout = w.getByTestId('pg-diagram-readout');
    // keyboard: Enter turns sin x₂ on, Space turns x₁ off
    await feature('sin x₂').focus();
    await page.keyboard.press('Enter');
    await expect(feature('sin x₂')).toHaveAttribute('aria-pressed', 'true');
    await expect(readout).toHaveText('Input sin x₂ on.');
    await expect(page).toHaveURL(/sinX2=1/);
    await expect(w.locator('.wk-description')).toContainText('A 3-8-8-1 network');
    await expect(w.locator('.wk-description')).toContainText('features x₁, x₂, sin x₂');
    await feature('x₁').focus();
    await page.keyboard.press('Space');
    await expect(feature('x₁')).toHaveAttribute('aria-pressed', 'false');
    await expect(page).toHaveURL(/x1=0/);
    // pointer: x₂ off leaves sin x₂ alone, which then cannot be turned off
    await feature('x₂').click();
    await expect(w.locator('.wk-description')).toContainText('A 1-8-8-1 network');
    await feature('sin x₂').click();
    await expect(feature('sin x₂')).toHaveAttribute('aria-pressed', 'true');
    await expect(readout).toContainText('Input sin x₂ stays on: the network needs at least one input.');
    await expect(w.locator('.wk-description')).toContainText('features sin x₂.');
    // the one-input network trains and its link names the feature
    const canvas = diagram.getByRole('img', { name: /a 1-8-8-1 network/ });
    await canvas.focus();
    await page.keyboard.press('ArrowRight');
    await expect(readout).toContainText(/^Link from input sin x₂ to hidden layer 1, unit \d+: weight/);
    expect(await axeViolations(page, { include: '.wk-frame' })).toEqual([]);
  });

  test('units per hidden layer: "mixed" after the diagram’s +/−, moving it sets all; the layer count keeps widths', async ({
    page,
  }) => {
    const w = await playground(page, '?playground.v=1&playground.runs=1');
    const diagram = w.getByTestId('pg-diagram');
    const units = w.getByRole('slider', { name: 'Units per hidden layer' });
    const layers = w.getByRole('slider', { name: 'Hidden layers' });
    await expect(units).toHaveAttribute('aria-valuetext', '8');
    await diagram.getByRole('button', { name: 'Add a unit to hidden layer 1' }).click();
    await expect(w.locator('.wk-description')).toContainText('A 2-9-8-1 network');
    await expect(units).toHaveAttribute('aria-valuetext', 'mixed');
    // a layer more (the slider) keeps 9 and 8 and copies the last
    await layers.focus();
    await page.keyboard.press('ArrowRight');
    await expect(w.locator('.wk-description')).toContainText('A 2-9-8-8-1 network');
    // and a layer fewer drops only the last
    await page.keyboard.press('ArrowLeft');
    await expect(w.locator('.wk-description')).toContainText('A 2-9-8-1 network');
    await expect(units).toHaveAttribute('aria-valuetext', 'mixed');
    // unrelated settings leave the widths alone
    await w.getByRole('slider', { name: 'Seed' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(w.locator('.wk-description')).toContainText('A 2-9-8-1 network');
    // the slider sits at the widest layer; moving it sets every layer
    await expect(units).toHaveValue('9');
    await units.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(w.locator('.wk-description')).toContainText('A 2-8-8-1 network');
    await expect(units).toHaveAttribute('aria-valuetext', '8');
    await expect(page).not.toHaveURL(/units1=/);
  });

  test('on a phone the boards and Play come first, the settings after, and Tab follows that order', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    const w = await playground(page, '?playground.v=1&playground.runs=1');
    const play = w.getByRole('button', { name: 'Play', exact: true });
    const board = w.getByRole('img', { name: /Decision boundary of configuration A/ });
    const problem = w.getByLabel('Problem type');
    const y = async (l: Locator) => (await l.boundingBox())!.y;
    expect(await y(play)).toBeLessThan(await y(board));
    expect(await y(board)).toBeLessThan(await y(problem));
    // Tab from the board lands on the first setting
    await board.focus();
    await page.keyboard.press('Tab');
    await expect(problem).toBeFocused();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations with regression, L1 and extra features shown (${theme})`, async ({
      page,
    }) => {
      await setTheme(page, theme);
      const w = await playground(
        page,
        '?playground.v=1&playground.runs=2&playground.problem=regression&playground.regularization=l1&playground.x1x2=1&playground.sinX1=1',
      );
      await expect(w.getByRole('slider', { name: /Regularisation rate λ/ })).toBeVisible();
      await w.getByRole('img', { name: /Predicted value of configuration A/ }).focus();
      await page.keyboard.press('ArrowLeft');
      expect(await axeViolations(page, { include: '.wk-frame' })).toEqual([]);
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations with Muon selected and the readout shown (${theme})`, async ({ page }) => {
      await setTheme(page, theme);
      const w = await playground(
        page,
        '?playground.v=1&playground.runs=2&playground.configs.1.optimizer=shampoo',
      );
      await w.getByRole('img', { name: /Decision boundary of configuration A/ }).focus();
      await page.keyboard.press('ArrowLeft');
      expect(await axeViolations(page, { include: '.wk-frame' })).toEqual([]);
    });
  }
});

// The input toggles on the diagram were sized from the unit, which depends on the width the
// diagram measures after its first render (24 px before, 34 px after): a small shift on the embed,
// where the diagram is on screen at load. Their boxes now depend on neither (diagramLayout.ts).
for (const width of [1280, 390]) {
  test(`the playground embed shifts nothing as it hydrates and measures its width (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) w.shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/embed/playground/');
    await expect(page.locator('section.wk-frame[data-hydrated="true"]')).toHaveCount(1);
    await page.locator('.pg-input-toggle').first().scrollIntoViewIfNeeded();
    await page.waitForTimeout(800); // a shift is reported after the frame that makes it
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
  });
}

// The worker draws the boards and the diagram (OffscreenCanvas), each a compositor surface of its
// own. A rounded clip that cuts into one (border-radius with overflow hidden or paint containment,
// the canvas reaching into a rounded corner) is a masked render pass that the compositor redraws
// with every board frame: in software compositing 8 ms a draw, 30 times a second, most of a core
// while the boards trained (viz trace; 0.7 ms a draw with square corners). A rounded frame whose
// corners no canvas reaches costs nothing.
test('no canvas the worker draws reaches into a rounded clip', async ({ page }) => {
  const w = await playground(page);
  const clips = await w.locator('canvas').evaluateAll((canvases) =>
    canvases.flatMap((canvas) => {
      const c = canvas.getBoundingClientRect();
      const found: string[] = [];
      for (let el = canvas.parentElement; el && el !== document.body; el = el.parentElement) {
        const s = getComputedStyle(el);
        const clips =
          s.overflowX !== 'visible' || s.overflowY !== 'visible' || /paint|strict|content/.test(s.contain);
        if (!clips) continue;
        const r = el.getBoundingClientRect();
        const corners = [
          [s.borderTopLeftRadius, r.left, r.top, 1, 1],
          [s.borderTopRightRadius, r.right, r.top, -1, 1],
          [s.borderBottomLeftRadius, r.left, r.bottom, 1, -1],
          [s.borderBottomRightRadius, r.right, r.bottom, -1, -1],
        ] as const;
        for (const [radius, x, y, dx, dy] of corners) {
          const rad = parseFloat(radius);
          if (!(rad > 0)) continue;
          // the corner's square: from (x, y) `rad` pixels inwards along both axes
          const [x0, x1] = dx > 0 ? [x, x + rad] : [x - rad, x];
          const [y0, y1] = dy > 0 ? [y, y + rad] : [y - rad, y];
          if (c.left < x1 && c.right > x0 && c.top < y1 && c.bottom > y0)
            found.push(`${el.tagName.toLowerCase()}.${el.className}`);
        }
      }
      return found;
    }),
  );
  expect(await w.locator('canvas').count()).toBeGreaterThan(1);
  expect(clips).toEqual([]);
});
