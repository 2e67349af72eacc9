import { useCallback, useMemo } from 'react';
import {
  ContourPlot,
  type Trajectory,
  CurveChart,
  Legend,
  LogSlider,
  Toggle,
  WidgetFrame,
  formatNumber,
  useWidget,
  useWorkerResult,
  plural,
  NewSeedButton,
  ResultView,
} from '../kit/index.ts';
import { lessonProblem } from '../lessons/sgd/lessonProblem.ts';
import { GradientCloudPlot } from './GradientCloudPlot.tsx';
import { noiseCloud, varianceByBatch, type VariancePoint } from './model.ts';
import { gradientNoiseCodec } from './state.ts';
import { useAfterPaint } from '../kit/useAfterPaint.ts';

const P = lessonProblem();
const NO_TRAJECTORIES: Trajectory[] = [];
const createWorker = () =>
  new Worker(new URL('./varianceByBatch.worker.ts', import.meta.url), { type: 'module' });

/** Mini-batch gradients scattered around the true gradient; their variance measured and predicted. */
export default function GradientNoise({ initial }: { initial?: VariancePoint[] } = {}) {
  const { state, set, frame } = useWidget(gradientNoiseCodec);
  // The sliders paint at once; the cloud (up to 1000 mini-batch gradients, drawn as dots) follows
  // one painted frame later, the previous cloud staying up until then.
  const view = useAfterPaint(state);
  const cloud = useMemo(() => noiseCloud(view), [view]);
  const theta = useMemo<[number, number]>(() => [state.px, state.py], [state.px, state.py]);
  const pickTheta = useCallback(
    ([x, y]: [number, number]) => set({ px: Math.round(x * 100) / 100, py: Math.round(y * 100) / 100 }),
    [set],
  );
  const { px, py, draws, replacement, seed } = state;
  const chartInput = useMemo(
    () => ({ px, py, draws, replacement, seed }),
    [px, py, draws, replacement, seed],
  );
  const { result: byBatch, pending } = useWorkerResult<typeof chartInput, VariancePoint[] | null>(
    chartInput,
    {
      create: createWorker,
      compute: varianceByBatch,
      initial: initial ?? null,
      initialIsCurrent: initial !== undefined,
    },
  );
  // The rule follows the cloud (deferred), so the summary never pairs one setting's text with another's numbers.
  const rule = view.replacement ? 'σ²/b' : 'σ²/b · (n − b)/(n − 1)';
  // Without replacement the b = n batch is the whole data set: its variance is exactly 0, which a
  // log axis cannot show (the measured value there is rounding noise), so the chart omits it.
  const labelDraws = useAfterPaint(draws);
  const chartSeries = useMemo(() => {
    const plotted = (byBatch ?? []).filter((r) => r.predicted > 0);
    return [
      {
        id: 'predicted',
        label: `predicted ${rule}`,
        points: plotted.map((r) => ({ x: r.b, y: r.predicted })),
      },
      {
        id: 'measured',
        label: `measured (${plural(labelDraws, 'draw')} each)`,
        points: plotted.map((r) => ({ x: r.b, y: r.measured })),
        dots: true,
        noLine: true,
      },
    ];
  }, [byBatch, rule, labelDraws]);
  // The chart's b marker follows with the cloud, in the deferred render.
  const markedBatch = view.batch;
  const marker = useMemo(() => [{ x: markedBatch, label: `b = ${markedBatch}` }], [markedBatch]);

  return (
    <WidgetFrame
      {...frame}
      title="The noise in a mini-batch gradient"
      description={`Each dot is one mini-batch gradient g_B at the point θ (pick θ on the small contour plot); the star is the true gradient ∇f(θ). The dashed ellipse is where the theory says about 86% of the dots should land. The chart measures the spread E‖g_B − ∇f‖² for many batch sizes and compares it with ${rule}.`}
      summary={`b = ${view.batch}: measured variance ${formatNumber(cloud.measured)} over ${view.draws} mini-batches; predicted ${rule} = ${formatNumber(cloud.predicted)} (σ² = ${formatNumber(cloud.sigma2)} at this θ).`}
      minHeight="40rem"
      actions={<NewSeedButton seed={state.seed} onChange={(seed) => set({ seed })} />}
      controls={
        <>
          <LogSlider
            name="batch"
            label="Batch size b"
            value={state.batch}
            min={1}
            max={P.n}
            integer
            stepsPerDecade={30}
            onChange={(batch) => set({ batch })}
          />
          <LogSlider
            name="draws"
            label="Mini-batches drawn"
            value={state.draws}
            min={20}
            max={1000}
            integer
            stepsPerDecade={20}
            onChange={(d) => set({ draws: d })}
          />
          <Toggle
            name="replacement"
            label="Sample with replacement"
            checked={state.replacement}
            onChange={(r) => set({ replacement: r })}
          />
          <ContourPlot
            f={P.f2}
            domain={P.domain}
            fStar={P.fStar}
            minimizer={P.xStar}
            start={theta}
            onStartChange={pickTheta}
            trajectories={NO_TRAJECTORIES}
            levels={10}
            resolution={48}
            label={`The point θ = (${formatNumber(state.px)}, ${formatNumber(state.py)}) on the loss contours`}
            width={260}
            height={240}
          />
        </>
      }
    >
      <div className="wk-panels">
        <div>
          <GradientCloudPlot
            cloud={cloud}
            label={`Scatter of ${view.draws} mini-batch gradients with b = ${view.batch} around the true gradient`}
          />
          <Legend
            items={[
              { id: 'g', label: 'mini-batch gradients g_B', color: 'var(--series-1)', mark: 'dot' },
              { id: 'e', label: 'predicted 2σ ellipse', color: 'var(--series-2)', dash: '6 4' },
              { id: 't', label: 'true gradient ∇f(θ)', color: 'var(--text)', mark: 'star' },
              { id: 'm', label: 'average of the dots', color: 'var(--series-3)', mark: 'cross' },
            ]}
          />
        </div>
        <ResultView pending={pending}>
          <CurveChart
            label={
              byBatch
                ? `Variance of the mini-batch gradient against batch size on log–log axes: measured values follow ${rule}, from ${formatNumber(byBatch[0].measured)} at b = 1 to ${formatNumber(byBatch[byBatch.length - 1].measured)} at b = ${P.n}${replacement ? '' : ' (exactly 0 there without replacement; not plotted)'}.`
                : 'Variance of the mini-batch gradient against batch size (computing)'
            }
            xLabel="batch size b"
            yLabel="E‖g_B − ∇f‖²"
            logX
            logY
            height={260}
            referenceXs={marker}
            series={chartSeries}
          />
        </ResultView>
      </div>
    </WidgetFrame>
  );
}
