import { useMemo } from 'react';
import { CurveChart, SERIES_COLORS, formatNumber, formatSci, type CurveSeries } from '../kit/index.ts';
import { METHOD_LABELS } from '../lessons/momentum/ravineRuns.ts';
import { SPECTRUM_PROBLEM, type SpectrumComponent, type SpectrumResult } from './spectrum.ts';

/** Below this share a component counts as fitted (the chart's floor). */
const FITTED = 1e-6;
// Eight components, six theme colours: the dash patterns keep every curve distinct without colour.
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2', '10 4', '14 3 3 3', '4 6'];
const styleOf = (i: number) => ({
  color: SERIES_COLORS[i % SERIES_COLORS.length],
  dash: DASHES[i % DASHES.length],
});
const REGIME_SHORT = {
  overdamped: 'over-damped',
  critical: 'critical',
  underdamped: 'under-damped',
  flipping: 'sign-flipping',
  divergent: 'unstable',
} as const;

export const SPECTRUM_DESCRIPTION = `A whole spectrum: a degree-${SPECTRUM_PROBLEM.degree} polynomial fitted by least squares to ${SPECTRUM_PROBLEM.n} noisy samples of sin 3x, from θ₀ = 0, with the lesson's η and β (the loss is scaled so that its largest curvature is 1). The monomials are nearly collinear, so the Hessian's ${SPECTRUM_PROBLEM.degree + 1} eigenvalues spread over five decades. Top: the share |cᵢ(t)|/|cᵢ(0)| of each eigen-component still to be fitted (below 10⁻⁶ counts as fitted). Middle: the training error and the test error (mean squared distance to the noiseless curve), with the step where the test error is smallest. Bottom: the data, the noiseless curve and the fits at that step and at the end.`;

const name = (c: SpectrumComponent) => `c${subscript(c.index + 1)} (λ = ${formatSci(c.lambda)})`;
function subscript(k: number): string {
  return [...String(k)].map((d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)]).join('');
}
const share = (x: number) => (x < FITTED ? '< 10⁻⁶' : `${formatNumber(100 * x, 2)} %`);

/** A component's curve up to the first step where it counts as fitted (ending on the floor), so fitted components do not pile up along the bottom. */
function untilFitted(points: readonly { x: number; y: number }[]): { x: number; y: number }[] {
  const k = points.findIndex((p) => p.y < FITTED);
  return k < 0 ? [...points] : [...points.slice(0, k), { x: points[k].x, y: FITTED }];
}

export function spectrumSummary(r: SpectrumResult): string {
  const head = `${METHOD_LABELS[r.method]}${r.divergedAt !== null ? `, diverged at step ${r.divergedAt}` : ''}`;
  const fitted = r.components.filter((c) => c.remainingAtBest < 0.01).length;
  return `${head}. Test error smallest at step ${r.bestStep} (${formatNumber(r.bestTest, 2)}), against ${formatNumber(r.endTest, 2)} at step ${r.steps} and ${formatNumber(r.lsTest, 2)} for the least-squares fit; training error ${formatNumber(r.endTrain, 2)} at the end. At step ${r.bestStep}, ${fitted} of ${r.components.length} components are fitted to 1 %; the one with the smallest eigenvalue has ${share(r.components[0].remainingAtBest)} left.`;
}

/** The spectrum mode's three charts and table: thin wiring of a {@link SpectrumResult}. */
export function SpectrumView({ result: r }: { result: SpectrumResult }) {
  const components = useMemo<CurveSeries[]>(
    () =>
      r.components
        .map((c) => ({
          id: `c${c.index}`,
          label: name(c),
          points: untilFitted(c.remaining),
          ...styleOf(c.index),
        }))
        .reverse(), // legend from the largest eigenvalue, the first fitted
    [r],
  );
  const errors = useMemo<CurveSeries[]>(
    () => [
      { id: 'train', label: 'training error', points: r.train, ...styleOf(0) },
      { id: 'test', label: 'test error (noiseless curve)', points: r.test, ...styleOf(1) },
    ],
    [r],
  );
  const stop = useMemo(() => [{ x: r.bestStep, label: 'early stop' }], [r]);
  const ls = useMemo(() => [{ y: r.lsTest, label: 'least-squares fit, test' }], [r]);
  const fits = useMemo<CurveSeries[]>(
    () => [
      { id: 'data', label: 'training data', points: r.fit.data, dots: true, noLine: true, ...styleOf(3) },
      { id: 'truth', label: 'sin 3x (noiseless)', points: r.fit.truth, ...styleOf(5) },
      { id: 'best', label: `fit at step ${r.bestStep} (early stop)`, points: r.fit.atBest, ...styleOf(1) },
      { id: 'end', label: `fit at step ${r.steps}`, points: r.fit.atEnd, ...styleOf(2) },
    ],
    [r],
  );
  return (
    <>
      <CurveChart
        label={`Share of each eigen-component still to be fitted against step, both axes logarithmic: the components with large eigenvalues drop first. ${spectrumSummary(r)}`}
        xLabel="step t"
        yLabel="|cᵢ(t)| / |cᵢ(0)|"
        logX
        logY
        yDomain={[FITTED, 3]}
        height={260}
        series={components}
        table={false}
      />
      <CurveChart
        label={`Training and test error against step, logarithmic axes; the test error is smallest at step ${r.bestStep} and rises afterwards while the training error keeps falling.`}
        xLabel="step t"
        yLabel="mean squared error"
        logX
        logY
        height={220}
        series={errors}
        referenceXs={stop}
        referenceLines={ls}
        table={false}
      />
      <CurveChart
        label={`The ${SPECTRUM_PROBLEM.n} training points, the noiseless curve sin 3x, and the fitted polynomials at step ${r.bestStep} (close to the curve) and at step ${r.steps} (bending towards the noise).`}
        xLabel="x"
        yLabel="y"
        yDomain={[-2, 2]}
        height={220}
        series={fits}
        table={false}
      />
      <div
        className="wk-table table-scroll"
        // A region that scrolls sideways must take focus so keyboard users can scroll it (axe: scrollable-region-focusable).
        tabIndex={0}
        role="region"
        aria-label="Eigen-components of the polynomial fit (scrolls sideways on narrow screens)"
      >
        <table>
          <caption>
            Each eigen-component: its rate, and the share left at the early stop and at the end
          </caption>
          <thead>
            <tr>
              <th scope="col">λᵢ</th>
              <th scope="col">ηλᵢ</th>
              <th scope="col">motion</th>
              <th scope="col">ρᵢ</th>
              <th scope="col">left at step {r.bestStep}</th>
              <th scope="col">left at step {r.steps}</th>
            </tr>
          </thead>
          <tbody>
            {[...r.components].reverse().map((c) => (
              <tr key={c.index}>
                <th scope="row">{formatSci(c.lambda)}</th>
                <td>{formatNumber(c.lrLambda)}</td>
                <td>{REGIME_SHORT[c.regime]}</td>
                <td>{formatNumber(c.rate, 6)}</td>
                <td>{share(c.remainingAtBest)}</td>
                <td>{share(c.remainingAtEnd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
