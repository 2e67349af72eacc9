import { useMemo } from 'react';
import {
  CurveChart,
  LogSlider,
  Slider,
  WidgetFrame,
  formatNumber,
  formatSci,
  useWidget,
  useWorkerResult,
  type CurveSeries,
  plural,
  NewSeedButton,
  Placeholder,
  ResultView,
} from '../kit/index.ts';
import { varianceModel, type VarianceResult } from './model.ts';
import { varianceCodec, type VarianceState } from './state.ts';
import '../lessons/variance-reduction/vr.css';

const createWorker = () => new Worker(new URL('./model.worker.ts', import.meta.url), { type: 'module' });

/** Below this the variance is rounding noise; drawn here so the log axis stays readable. */
const VARIANCE_FLOOR = 1e-24;

/** The variance over the sampled index of SGD's, SVRG's and SAGA's gradient estimates, per pass. */
export default function EstimatorVarianceChart({ initial }: { initial?: VarianceResult } = {}) {
  const { state, set, frame } = useWidget(varianceCodec);
  const input = useMemo(() => ({ ...state }), [state]);
  const { result, pending, error } = useWorkerResult<VarianceState, VarianceResult | null>(input, {
    create: createWorker,
    compute: varianceModel,
    initial: initial ?? null,
    initialIsCurrent: initial !== undefined,
    transition: true,
  });

  const series: CurveSeries[] = useMemo(
    () =>
      result
        ? result.series.map((s) => {
            const last = s.points[s.points.length - 1];
            return {
              id: s.id,
              label: s.label,
              points: s.points.map((p) => ({ x: p.passes, y: Math.max(VARIANCE_FLOOR, p.variance) })),
              note:
                s.divergedAt !== null
                  ? `diverged at pass ${formatNumber(s.divergedAt)}`
                  : last
                    ? `${formatSci(last.variance)} after ${plural(formatNumber(last.passes), 'pass', 'passes')}`
                    : undefined,
            };
          })
        : [],
    [result],
  );

  const summary = error
    ? `The run could not be computed: ${error}`
    : result
      ? summarize(result)
      : 'Computing…';
  // Redraw the chart only when a new result lands, not on every slider movement.
  const chart = useMemo(
    () =>
      result ? (
        <CurveChart
          series={series}
          label={`Variance of each gradient estimator against effective passes. ${summary}`}
          xLabel="effective passes"
          yLabel="E‖g − ∇f‖²"
          logY
          height={300}
          referenceLines={[{ y: result.sigmaStarSq, label: 'σ*² (SGD at θ*)' }]}
        />
      ) : (
        <Placeholder height={300}>Computing the three runs…</Placeholder>
      ),
    [result, series, summary],
  );

  return (
    <WidgetFrame
      {...frame}
      title="How noisy is each gradient estimate?"
      description="For each method, the variance of its one-example gradient estimate over the random index, E_i‖g_i − ∇f(θ)‖², computed exactly over all n examples at the method's current iterate once per pass (log scale). All three run at 1/(3 L_max) with the same sampled indices. The dashed line is σ*², the variance SGD's estimate keeps even at the optimum. Exact zeros (SVRG right after a snapshot, SAGA right after filling its table) are drawn at 10⁻²⁴, the bottom of the axis."
      summary={summary}
      minHeight="36rem"
      actions={<NewSeedButton seed={state.seed} onChange={(seed) => set({ seed })} />}
      controls={
        <>
          <LogSlider
            name="n"
            label="Examples n"
            value={state.n}
            min={10}
            max={500}
            integer
            stepsPerDecade={30}
            onChange={(n) => set({ n })}
          />
          <LogSlider
            name="l2"
            label="ℓ2 coefficient λ"
            value={state.l2}
            min={1e-4}
            max={1}
            onChange={(l2) => set({ l2 })}
          />
          <LogSlider
            name="scale"
            label="Feature scale s"
            value={state.scale}
            min={0.1}
            max={10}
            onChange={(scale) => set({ scale })}
          />
          <Slider
            name="passes"
            label="Budget (passes)"
            value={state.passes}
            min={5}
            max={40}
            onChange={(passes) => set({ passes })}
          />
          {result && (
            <p className="wk-hint">
              σ*² = {formatSci(result.sigmaStarSq)}. SVRG snapshots at passes{' '}
              {result.snapshots
                .slice(0, 6)
                .map((p) => formatNumber(p))
                .join(', ')}
              {result.snapshots.length > 6 ? ', …' : ''}. Seed {state.seed}.
            </p>
          )}
        </>
      }
    >
      <ResultView pending={pending}>{chart}</ResultView>
    </WidgetFrame>
  );
}

function summarize(r: VarianceResult): string {
  const end = (id: string) => {
    const s = r.series.find((x) => x.id === id);
    const p = s?.points[s.points.length - 1];
    return s && s.divergedAt !== null ? 'diverged' : p ? formatSci(p.variance) : '—';
  };
  return `After the budget, the variance of SGD's estimate is ${end('sgd')} (σ*² = ${formatSci(r.sigmaStarSq)}), SVRG's is ${end('svrg')} and SAGA's is ${end('saga')}.`;
}
