import { useMemo } from 'react';
import {
  CurveChart,
  DecayRateSlider,
  LogSlider,
  WidgetFrame,
  formatNumber,
  useWidget,
  type CurveSeries,
} from '../kit/index.ts';
import { biasCorrectionCurves, type BiasCorrectionResult } from './model.ts';
import { biasCorrectionCodec } from './state.ts';
import '../lessons/adaptive-methods/adaptive.css';
import { useAfterPaint } from '../kit/useAfterPaint.ts';

// The sliders move 1 − β on a log scale, so β = 0.9, 0.99, 0.999 are equally far apart.
/** The bias-correction factors 1/(1 − β₁ᵗ), 1/(1 − β₂ᵗ) against t, and where each falls below 1 + tol. */
export default function BiasCorrection() {
  const { state, set, frame } = useWidget(biasCorrectionCodec);
  // The sliders answer at once; curves, table and summary follow one painted frame later.
  const deferred = useAfterPaint(state);
  const result = useMemo(() => biasCorrectionCurves(deferred), [deferred]);
  const series: CurveSeries[] = useMemo(
    () =>
      result.curves.map((c) => ({
        id: c.id,
        label: c.label,
        points: c.points,
        note: `under ${formatNumber(100 * deferred.tol)}% from step ${c.crossing}`,
      })),
    [result, deferred.tol],
  );
  const refs = useMemo(
    () => [{ y: deferred.tol, label: `tolerance ${formatNumber(100 * deferred.tol)}%` }],
    [deferred.tol],
  );
  const xs = useMemo(
    () =>
      result.curves.map((c, i) => ({
        x: c.crossing,
        label: `t = ${c.crossing}`,
        color: `var(--series-${i + 1})`,
      })),
    [result],
  );
  const summary = summarize(result, deferred.tol);
  return (
    <WidgetFrame
      {...frame}
      title="How long the bias correction matters"
      description="Adam divides m by 1 − β₁ᵗ and v by 1 − β₂ᵗ. The chart shows by how much each correction still enlarges its moment, 1/(1 − βᵗ) − 1, against the update t on log–log axes, with the step at which it falls below your tolerance."
      summary={summary}
      minHeight="30rem"
      controls={
        <>
          <DecayRateSlider
            name="beta1"
            label="β₁ (first moment)"
            symbol="β₁"
            value={state.beta1}
            oneMinus={[1e-3, 1]}
            onChange={(beta1) => set({ beta1 })}
          />
          <DecayRateSlider
            name="beta2"
            label="β₂ (second moment)"
            symbol="β₂"
            value={state.beta2}
            oneMinus={[1e-5, 0.1]}
            onChange={(beta2) => set({ beta2 })}
          />
          <LogSlider
            name="tol"
            label="Tolerance"
            value={state.tol}
            min={0.001}
            max={0.5}
            stepsPerDecade={12}
            format={(v) => `${formatNumber(100 * v)}%`}
            onChange={(tol) => set({ tol })}
          />
        </>
      }
    >
      <CurveChart
        label={`Excess of the bias-correction factors over 1 against t, log–log. ${summary}`}
        xLabel="update t"
        yLabel="1/(1 − βᵗ) − 1"
        logX
        logY
        height={300}
        series={series}
        referenceLines={refs}
        referenceXs={xs}
      />
      <div
        className="as-table-wrap"
        tabIndex={0}
        role="region"
        aria-label="Bias-correction factors at a few steps"
      >
        <table className="as-table">
          <caption>The factors 1/(1 − βᵗ) at a few steps</caption>
          <thead>
            <tr>
              <th scope="col">moment</th>
              <th scope="col">t = 1</th>
              <th scope="col">t = 10</th>
              <th scope="col">t = 20</th>
              <th scope="col">first t under 1 + tol</th>
            </tr>
          </thead>
          <tbody>
            {result.curves.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.label}</th>
                {c.at.slice(0, 3).map((a) => (
                  <td key={a.t}>{formatNumber(a.factor, 4)}</td>
                ))}
                <td>
                  {c.crossing} ({formatNumber(c.at[3].factor, 8)})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </WidgetFrame>
  );
}

function summarize(r: BiasCorrectionResult, tol: number): string {
  return (
    r.curves
      .map(
        (c) =>
          `${c.label}: factor ${formatNumber(c.at[2].factor, 4)} at t = 20, under ${formatNumber(1 + tol, 4)} from step ${c.crossing}`,
      )
      .join('; ') + '.'
  );
}
