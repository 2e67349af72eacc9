// The kit readout on the course's plots (issue #32): focus a plot, press keys, read the aria-live
// line, and check its numbers against the package (or a closed form) computed here.
import type { Locator, Page } from '@playwright/test';
import { dampingRegime, worstRate } from '@descent/optim';
import { axeViolations } from './fixtures/axe.ts';
import { expect, setTheme, test } from './fixtures/site.ts';
import { num, widget } from './fixtures/widgets.ts';
import { buildProblem } from '../components/widgets/lessons/variance-reduction/buildProblem.ts';
import { sagaTableModel } from '../components/widgets/SagaTableHeatmap/model.ts';
import { sagaTableCodec } from '../components/widgets/SagaTableHeatmap/state.ts';

const readout = (w: Locator, k = 0) => w.getByTestId('readout').nth(k);
/** formatNumber prints 3 significant digits: agree to half a unit in the third. */
const close = (got: number, want: number) =>
  expect(Math.abs(got - want), `${got} vs ${want}`).toBeLessThanOrEqual(5e-3 * Math.abs(want) + 1e-12);

async function press(page: Page, ...keys: string[]) {
  for (const k of keys) await page.keyboard.press(k);
}

test.describe('contour plots', () => {
  test('the ravine plot reads θ, f(θ) and the nearest step of each run; Escape hides it', async ({
    page,
  }) => {
    await page.goto('/lessons/momentum/');
    const w = await widget(page, 'momentum-ravine');
    const line = readout(w);
    await expect(line).toContainText('arrow keys');
    await w.getByRole('application', { name: /Click to set the start point/ }).focus();
    // The cursor starts at the start point (−2.6, 1.6) and moves 6/40 in θ₁, 4/40 in θ₂ per arrow.
    await press(page, 'ArrowRight', 'ArrowRight', 'ArrowDown');
    await expect(line).toContainText('θ₁ = −2.3, θ₂ = 1.5');
    const text = (await line.textContent())!;
    // The ravine at κ = 50: f(θ) = ½(θ₁²/50 + θ₂²).
    close(num(text, 'f(θ) = '), 0.5 * (2.3 ** 2 / 50 + 1.5 ** 2));
    // Both methods start at (−2.6, 1.6), one step away at most: each run names a step and where it is.
    const steps = [
      ...text.matchAll(/: step (\d+) at \((−?[\d.]+), (−?[\d.]+)\), f = (\d+(?:\.\d+)?(?:e[−-]?\d+)?)/g),
    ];
    expect(steps.length).toBeGreaterThanOrEqual(2);
    const parse = (t: string) => Number(t.replaceAll('−', '-'));
    for (const m of steps) close(parse(m[4]), 0.5 * (parse(m[2]) ** 2 / 50 + parse(m[3]) ** 2));
    // Shift moves ten steps, Home the first column of the grid through the start (−2.6 − 2 · 0.15).
    await press(page, 'Shift+ArrowRight');
    await expect(line).toContainText('θ₁ = −0.8, θ₂ = 1.5');
    await press(page, 'Home');
    await expect(line).toContainText('θ₁ = −2.9, θ₂ = 1.5');
    await expect(w.locator('.wk-cursor')).toHaveAttribute('visibility', 'visible');
    await press(page, 'Escape');
    await expect(w.locator('.wk-cursor')).toHaveAttribute('visibility', 'hidden');
    await expect(line).toContainText('arrow keys');
  });

  test('a hover reads the point under the pointer', async ({ page }) => {
    await page.goto('/lessons/momentum/');
    const w = await widget(page, 'momentum-ravine');
    const svg = w.locator('.wk-plot-focus svg').first();
    const box = (await svg.boundingBox())!;
    // plotBox(480, 360): x 44…470 ↔ θ₁ −3…3, y 10…324 ↔ θ₂ 2…−2; aim at (0, 0).
    await page.mouse.move(box.x + (257 / 480) * box.width, box.y + (167 / 360) * box.height);
    const line = readout(w);
    await expect(line).toContainText('f(θ) = ');
    const text = (await line.textContent())!;
    expect(Math.abs(num(text, 'θ₁ = '))).toBeLessThanOrEqual(0.15);
    expect(Math.abs(num(text, 'θ₂ = '))).toBeLessThanOrEqual(0.1);
  });
});

test('the rate map reads η, β, ρ and the damping regime of each component at the cursor', async ({
  page,
}) => {
  await page.goto('/lessons/momentum/?momentum.lr=1.3&momentum.beta=0.6');
  const w = await widget(page, 'momentum-rates');
  await w.getByRole('application', { name: /Rate map of/ }).focus();
  const line = readout(w);
  // The arrows move the shared point and the cursor together, 0.01 a step.
  await press(page, 'ArrowRight', 'ArrowUp');
  await expect(line).toContainText('η = 1.31, β = 0.61');
  await expect(w.locator('.wk-summary')).toContainText('at η = 1.31, β = 0.61');
  const check = async (lr: number, beta: number) => {
    const text = (await line.textContent())!;
    const lams = [1 / 50, 1];
    close(num(text, 'ρ = '), worstRate('heavyBall', lr, beta, lams));
    for (const [k, lam] of lams.entries()) {
      const regime = dampingRegime(lr, beta, lam).regime;
      const words = {
        overdamped: 'over-damped',
        critical: 'critically damped',
        underdamped: 'under-damped',
        flipping: 'flipping',
        divergent: 'diverges',
      };
      expect(text).toContain(`λ${k ? '₂' : '₁'} = ${k ? '1' : '0.02'}: ${words[regime]}`);
    }
  };
  await check(1.31, 0.61);
  // At β = 0.21 the stiff component flips sign each step for (1 + √β)² ≈ 2.127 < η < 2 + 2β = 2.42,
  // and diverges past 2.42.
  await press(page, 'Shift+ArrowDown', 'Shift+ArrowDown', 'Shift+ArrowDown', 'Shift+ArrowDown');
  for (let i = 0; i < 9; i++) await press(page, 'Shift+ArrowRight');
  await expect(line).toContainText('η = 2.21, β = 0.21');
  await check(2.21, 0.21);
  await expect(line).toContainText('λ₂ = 1: flipping');
  await press(page, 'Shift+ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowRight');
  await expect(line).toContainText('η = 2.51, β = 0.21');
  await check(2.51, 0.21);
  await expect(line).toContainText('(diverges)');
  // The regimes are labelled on the map.
  for (const word of ['over-damped', 'under-damped', 'flipping', 'diverges'])
    await expect(w.locator('.mr-regime', { hasText: word })).toHaveCount(1);
});

test('the SAGA table reads the stored entry under the cursor; the chart reads both curves', async ({
  page,
}) => {
  await page.goto('/lessons/variance-reduction/');
  const w = await widget(page, 'saga-table');
  // Step 0: every row holds ∇f_i(θ₀), computed here from the problem directly.
  await w.getByRole('slider', { name: 'Step', exact: true }).focus();
  await press(page, 'Home');
  await expect(w.locator('.wk-summary')).toContainText('Step 0:');
  const s = sagaTableCodec.defaults;
  const { problem, x0 } = buildProblem({ n: s.n, l2: s.l2, scale: 1, seed: s.seed });
  await w.getByRole('application', { name: /SAGA gradient table/ }).focus();
  const line = readout(w, 0);
  await press(page, 'ArrowRight', 'ArrowDown', 'ArrowDown');
  await expect(line).toContainText('Example 3, coordinate 2');
  close(num((await line.textContent())!, '∂f_3/∂θ_2 = '), problem.gradI(2, x0)[1]);
  await press(page, 'End', 'ArrowDown');
  await expect(line).toContainText('Example 4: row last written 0 steps ago.');
  await expect(w.locator('.vr-scale')).toHaveAttribute(
    'aria-label',
    /Colour scale: orange entries are negative/,
  );

  // The chart: End is the last SAGA record; both curves there, against the model's run.
  const run = sagaTableModel(s);
  await w.getByRole('application', { name: /f − f\* of SAGA and SVRG/ }).focus();
  await press(page, 'ArrowRight', 'End');
  const chart = readout(w, 1);
  const last = run.sagaPoints[run.sagaPoints.length - 1];
  await expect(chart).toContainText(`passes = ${last.passes}`);
  const text = (await chart.textContent())!;
  close(num(text, 'SAGA f − f* = '), last.gap);
  const svrgLast = run.svrg.points.filter((p) => p.passes <= last.passes + 1e-9).pop()!;
  close(num(text, 'SVRG f − f* = '), svrgLast.gap);
  await expect(w.locator('.wk-legend')).toContainText('SVRG snapshot');
});

test('the AdamW bars read each bar by keyboard; AdamW decays by exactly ηλ', async ({ page }) => {
  // Defaults: η = 0.01, λ = 0.1, spread 100.
  await page.goto('/lessons/adamw/');
  const w = await widget(page, 'adamw-per-param');
  await expect(w.locator('.wk-summary')).not.toContainText('Computing');
  await w.getByRole('application', { name: /Bar chart of the decay per update/ }).focus();
  const line = readout(w);
  // Bars go group by group (θ₁, θ₂, θ₃), Adam + L2 then AdamW in each.
  await press(page, 'ArrowRight');
  await expect(line).toContainText('θ₁ (s = 0.01), AdamW: decay per update = ');
  close(num((await line.textContent())!, 'AdamW: decay per update = '), 0.01 * 0.1);
  await press(page, 'End');
  await expect(line).toContainText('θ₃ (s = 100), AdamW: decay per update = ');
  close(num((await line.textContent())!, 'AdamW: decay per update = '), 0.01 * 0.1);
  // Adam + L2's bars agree with the summary's "decay per update" list.
  await press(page, 'Home');
  const decays = (await w.locator('.wk-summary').textContent())!.match(
    /Adam \+ L2: decay per update ([^;]+);/,
  )![1];
  await expect(line).toContainText(`θ₁ (s = 0.01), Adam + L2: decay per update = ${decays.split(', ')[0]}.`);
  // Bare-number groups are named by the axis title; the value agrees with the data table.
  const norms = await widget(page, 'adamw-weight-norm');
  await norms.getByRole('application', { name: /Arrow keys move from bar to bar/ }).focus();
  await press(page, 'End');
  const cells = norms.locator('.wk-logbars .wk-table tbody tr').last().locator('td');
  const lastCell = (await cells.last().textContent())!;
  await expect(readout(norms)).toContainText(`feature scale c = `);
  await expect(readout(norms)).toContainText(`, AdamW: |θⱼ| at the end = ${lastCell}.`);
  // No native SVG tooltips are left.
  await expect(w.locator('.wk-logbars title')).toHaveCount(0);
});

for (const theme of ['light', 'dark'] as const) {
  test(`readouts are axe clean (${theme})`, async ({ page }) => {
    test.setTimeout(150_000);
    await setTheme(page, theme);
    const scan = async (path: string, ids: string[]) => {
      await page.goto(path);
      for (const id of ids) {
        const w = await widget(page, id);
        await w.locator('.wk-plot-focus').first().focus();
        await press(page, 'ArrowRight');
        await expect(readout(w)).not.toBeEmpty();
      }
      expect(await axeViolations(page, { include: ids.map((id) => `#${id}`).join(', ') })).toEqual([]);
    };
    await scan('/lessons/momentum/', ['momentum-ravine', 'momentum-rates']);
    await scan('/lessons/variance-reduction/', ['saga-table']);
    await scan('/lessons/adamw/', ['adamw-per-param', 'adamw-weight-norm']);
  });
}
