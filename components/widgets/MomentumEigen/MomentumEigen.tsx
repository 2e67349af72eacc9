import { useMemo } from 'react';
import {
  CurveChart,
  LogSlider,
  Select,
  WidgetFrame,
  formatNumber,
  useAfterPaint,
  useSharedUrlState,
  useUrlState,
  widgetFrame,
  type CurveSeries,
} from '../kit/index.ts';
import { METHOD_LABELS } from '../lessons/momentum/ravineRuns.ts';
import { momentumParamsCodec } from '../lessons/momentum/momentumParams.ts';
import { ACCURACY, eigenSplit, type ComponentView, type EigenResult } from './model.ts';
import { momentumEigenCodec } from './state.ts';
import { spectrumRun } from './spectrum.ts';
import { SPECTRUM_DESCRIPTION, SpectrumView, spectrumSummary } from './SpectrumView.tsx';

export const EIGEN_ID = 'momentum-eigen';
const REGIME_TEXT = {
  overdamped: 'over-damped (real roots, no overshoot)',
  critical: 'critically damped (double root)',
  underdamped: 'under-damped (complex roots: spirals)',
  flipping: 'flips sign every step (negative roots)',
  divergent: 'unstable (ρ ≥ 1)',
} as const;
const REGIME_SHORT = {
  overdamped: 'over-damped',
  critical: 'critical',
  underdamped: 'under-damped',
  flipping: 'sign-flipping',
  divergent: 'unstable',
} as const;

/** The ravine run split along the two eigenvectors: measured |cᵢ(t)| against the slope ρᵢᵗ. */
export default function MomentumEigen() {
  const shared = useSharedUrlState(momentumParamsCodec);
  const own = useUrlState(momentumEigenCodec);
  const p = shared.state;
  // The select answers at once; the run, chart and table follow one painted frame later.
  const { method, mode, horizon } = own.state;
  const shown = useAfterPaint(
    useMemo(() => ({ params: p, method, mode, horizon }), [p, method, mode, horizon]),
  );
  const result = useMemo(() => eigenSplit(shown.params, shown.method), [shown]);
  const spectrum = useMemo(
    () => (shown.mode === 'spectrum' ? spectrumRun(shown.params, shown.method, shown.horizon) : null),
    [shown],
  );
  const series = useMemo<CurveSeries[]>(
    () =>
      result.components.flatMap((c) => [
        {
          id: `m${c.index}`,
          label: `${name(c)} measured`,
          points: c.measured,
          color: `var(--series-${c.index + 1})`,
          dash: '',
        },
        {
          id: `p${c.index}`,
          label: `${name(c)}: |c(0)|·ρᵗ`,
          points: c.envelope,
          color: `var(--series-${c.index + 1})`,
          dash: '5 4',
        },
      ]),
    [result],
  );

  return (
    <WidgetFrame
      {...widgetFrame(EIGEN_ID, own, shared)}
      title="The error, one eigen-component at a time"
      description={
        spectrum
          ? SPECTRUM_DESCRIPTION
          : "The same run as the ravine widget (same η, β, κ, start and steps), written in the eigenbasis: c₁ is the error along the shallow direction (λ₁ = 1/κ), c₂ across the ravine (λ₂ = 1). Solid: |cᵢ(t)| measured from the run. Dashed: |cᵢ(0)|·ρᵢᵗ, the slope the spectral radius of that component's 2×2 iteration predicts."
      }
      summary={spectrum ? spectrumSummary(spectrum) : summarize(result)}
      minHeight="36rem"
      controls={
        <>
          <Select
            name="problem"
            label="Problem"
            value={mode}
            options={[
              { value: 'ravine', label: 'Ravine (2 eigenvalues)' },
              { value: 'spectrum', label: 'Polynomial fit (8 eigenvalues)' },
            ]}
            onChange={(m) => own.set({ mode: m as 'ravine' | 'spectrum' })}
          />
          <Select
            name="method"
            label="Method"
            value={own.state.method}
            options={(['heavyBall', 'nesterov', 'gd'] as const).map((m) => ({
              value: m,
              label: METHOD_LABELS[m],
            }))}
            onChange={(method) => own.set({ method: method as 'heavyBall' | 'nesterov' | 'gd' })}
          />
          {mode === 'spectrum' && (
            <LogSlider
              label="Steps"
              value={horizon}
              min={10}
              max={100_000}
              integer
              onChange={(h) => own.set({ horizon: h })}
            />
          )}
          <p className="wk-hint">
            {mode === 'spectrum'
              ? `η = ${formatNumber(p.lr)}, β = ${formatNumber(p.beta, 3)}`
              : `η = ${formatNumber(p.lr)}, β = ${formatNumber(p.beta, 3)}, κ = ${formatNumber(p.kappa)}, ${p.steps} steps`}
            : the ravine widget's and the rate map's values in the momentum lesson (an embed takes them from
            its link).
          </p>
        </>
      }
    >
      {spectrum ? (
        <SpectrumView result={spectrum} />
      ) : (
        <>
          <CurveChart
            label={`Absolute eigen-components of the error against step, log scale. ${summarize(result)}`}
            xLabel="step t"
            yLabel="|cᵢ(t)|"
            logY
            height={300}
            series={series}
            table={false}
          />
          <div
            className="wk-table table-scroll"
            tabIndex={0}
            role="region"
            aria-label="Eigen-component table (scrolls sideways on narrow screens)"
          >
            <table className="wk-stack">
              <caption>
                Each eigen-component, predicted and measured; steps until |cᵢ| stays below 10⁻⁶ of its start
              </caption>
              <thead>
                <tr>
                  <th scope="col">λᵢ</th>
                  <th scope="col">ηλᵢ</th>
                  <th scope="col">motion</th>
                  <th scope="col">ρᵢ predicted</th>
                  <th scope="col">ρᵢ measured</th>
                  <th scope="col">steps, rate</th>
                  <th scope="col">steps, run</th>
                </tr>
              </thead>
              <tbody>
                {result.components.map((c) => (
                  <tr key={c.index}>
                    <th scope="row" data-label="λᵢ">
                      {formatNumber(c.lambda)}
                    </th>
                    <td data-label="ηλᵢ">{formatNumber(c.lrLambda)}</td>
                    <td data-label="motion">{REGIME_SHORT[c.regime]}</td>
                    <td data-label="ρᵢ predicted">{formatNumber(c.predictedRate, 4)}</td>
                    <td data-label="ρᵢ measured">
                      {Number.isFinite(c.measuredRate) ? formatNumber(c.measuredRate, 4) : '—'}
                    </td>
                    <td data-label="steps, rate">
                      {Number.isFinite(c.predictedSteps) ? c.predictedSteps : 'never'}
                    </td>
                    <td data-label="steps, run">{c.measuredSteps ?? `> ${shown.params.steps}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </WidgetFrame>
  );
}

function name(c: ComponentView): string {
  return `c${c.index === 0 ? '₁' : '₂'} (λ = ${formatNumber(c.lambda)})`;
}

function summarize(r: EigenResult): string {
  const head = `${METHOD_LABELS[r.method]}${r.divergedAt !== null ? `, diverged at step ${r.divergedAt}` : ''}`;
  const parts = r.components.map((c) => {
    const measured = Number.isFinite(c.measuredRate) ? `, measured ${formatNumber(c.measuredRate, 4)}` : '';
    return `${name(c)}: ${REGIME_TEXT[c.regime]}, predicted ρ = ${formatNumber(c.predictedRate, 4)}${measured}`;
  });
  const slowest = r.components.reduce((a, c) => (c.predictedRate > a.predictedRate ? c : a));
  const steps = Number.isFinite(slowest.predictedSteps)
    ? `${slowest.predictedSteps} steps`
    : 'forever (unstable)';
  return `${head}. ${parts.join('; ')}. Reaching ${formatNumber(ACCURACY)} of the start takes ${steps} by the slowest component's rate.`;
}
