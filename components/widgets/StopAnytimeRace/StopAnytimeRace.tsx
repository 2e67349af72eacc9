import { useMemo } from 'react';
import { CurveChart, type CurveSeries } from '../kit/CurveChart.tsx';
import { LogSlider } from '../kit/controls/LogSlider.tsx';
import { Slider } from '../kit/controls/Slider.tsx';
import { NewSeedButton } from '../kit/NewSeedButton.tsx';
import { ResultView } from '../kit/ResultView.tsx';
import { WidgetFrame } from '../kit/WidgetFrame.tsx';
import { formatNumber } from '../kit/formatNumber.ts';
import { useWidget } from '../kit/useWidget.ts';
import { useWorkerResult } from '../kit/worker/useWorkerResult.ts';
import { ExploreRuns } from '../kit/RunExplorer/ExploreRuns.tsx';
import { fromCurveSeries } from '../kit/RunExplorer/fromCurveSeries.ts';
import { stopAnytime, type StopAnytimeResult } from './model.ts';
import { stopAnytimeCodec, type StopAnytimeState } from './state.ts';

const createWorker = () => new Worker(new URL('./model.worker.ts', import.meta.url), { type: 'module' });
const DASH: Record<string, string> = {
  cosine: '',
  wsd: '6 4',
  'wsd-decay': '2 3',
  'schedule-free': '10 3 2 3',
};

/**
 * Cosine and WSD planned for T, and Schedule-Free: which is ready when the run is stopped early?
 * `initial` is the result for the defaults, computed when the page is built
 * (content/lessons/widgetDefaults.ts).
 */
export default function StopAnytimeRace({ initial }: { initial?: StopAnytimeResult } = {}) {
  const { state, set, frame } = useWidget(stopAnytimeCodec);
  const input = useMemo<StopAnytimeState>(() => ({ ...state }), [state]);
  const { result, pending, error } = useWorkerResult<StopAnytimeState, StopAnytimeResult | null>(input, {
    create: createWorker,
    compute: stopAnytime,
    initial: initial ?? null,
    initialIsCurrent: initial !== undefined,
    transition: true,
  });
  const series: CurveSeries[] = useMemo(
    () =>
      (result?.runs ?? []).map((r) => ({
        id: r.id,
        label: `${r.label}: ${formatNumber(r.atStop)} at update ${r.readAt}`,
        points: r.points,
        dash: DASH[r.id],
      })),
    [result],
  );
  const runs = useMemo(() => fromCurveSeries(series), [series]);
  const stopLine = useMemo(
    () => (result ? [{ y: Math.min(...result.runs.map((r) => r.atStop)), label: 'best at the stop' }] : []),
    [result],
  );
  // From the result alone: while a new run computes, the words (and the chart's label) keep
  // describing the curves on screen, and a press does not re-render the chart for a new label.
  const summary = useMemo(() => (result ? summarize(result) : 'Computing…'), [result]);
  const stop = Math.min(state.stop, state.planned);
  return (
    <WidgetFrame
      {...frame}
      title="Stop now: cosine, WSD and Schedule-Free when the budget is cut"
      description="Mini-batch SGD on a logistic regression (1000 examples, 20 features), from θ = 0 on one batch stream. The cosine and WSD runs were planned for T updates; the run is stopped at the stop step. WSD can branch into its decay there (20 % of the new total, so a quarter of the steps done so far, extra); Schedule-Free SGD keeps one constant γ and is read at its average x. The chart is f(θ) − f* at the point each method would ship, log scale."
      summary={summary}
      minHeight="40rem"
      actions={<NewSeedButton seed={state.seed} onChange={(seed) => set({ seed })} />}
      controls={
        <>
          <LogSlider
            name="planned"
            label="Planned length T"
            value={state.planned}
            min={100}
            max={2000}
            integer
            stepsPerDecade={20}
            onChange={(planned) => set({ planned })}
          />
          <Slider
            name="stop"
            label="Stop at update"
            value={stop}
            min={20}
            max={state.planned}
            step={10}
            onChange={(s) => set({ stop: s })}
            hint={`WSD's planned decay starts at ${Math.round(0.8 * state.planned)}.`}
          />
          <LogSlider
            name="lr"
            label="Peak rate η (cosine, WSD)"
            value={state.lr}
            min={0.05}
            max={20}
            onChange={(lr) => set({ lr })}
          />
          <LogSlider
            name="sf-lr"
            label="Schedule-Free γ"
            value={state.sfLr}
            min={0.05}
            max={20}
            onChange={(sfLr) => set({ sfLr })}
          />
          <LogSlider
            name="batch"
            label="Batch size"
            value={state.batch}
            min={1}
            max={64}
            integer
            stepsPerDecade={12}
            onChange={(batch) => set({ batch })}
          />
          <p className="wk-hint">Seed {state.seed}.</p>
        </>
      }
    >
      <ResultView pending={pending} error={error}>
        <CurveChart
          label={
            result
              ? `Loss above the optimum for each run up to the stop. ${summary}`
              : 'Loss curves (computing)'
          }
          xLabel="update t"
          yLabel="f(θ) − f*"
          logY
          height={300}
          series={series}
          referenceLines={stopLine}
        />
        {/* Always rendered (disabled until the first result): its line is in the server HTML, so
            the result arriving shifts nothing below the widget. */}
        <ExploreRuns ready={result !== null} runs={runs} xLabel="update t" yLabel="f(θ) − f*" />
      </ResultView>
    </WidgetFrame>
  );
}

/** The outcome in words: each run's loss at the stop, best first. */
export function summarize(r: StopAnytimeResult): string {
  const ranked = [...r.runs].sort((a, b) => a.atStop - b.atStop);
  const list = ranked.map((x) => `${x.label} ${formatNumber(x.atStop)}`).join('; ');
  const extra = r.decaySteps > 0 ? ` (the WSD branch takes ${r.decaySteps} more updates)` : '';
  return `Stopped at update ${r.stop} of a planned ${r.planned}, best first: ${list}${extra}.`;
}
