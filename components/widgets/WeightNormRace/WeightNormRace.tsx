import { useMemo } from 'react';
import { CurveChart, type CurveSeries } from '../kit/CurveChart.tsx';
import { LogBars, type LogBarGroup } from '../kit/LogBars.tsx';
import { LogSlider } from '../kit/controls/LogSlider.tsx';
import { WidgetFrame } from '../kit/WidgetFrame.tsx';
import { ResultView } from '../kit/ResultView.tsx';
import { NewSeedButton } from '../kit/NewSeedButton.tsx';
import { formatNumber } from '../kit/formatNumber.ts';
import { useWidget } from '../kit/useWidget.ts';
import { useWorkerResult } from '../kit/worker/useWorkerResult.ts';
import { N, weightNormRace, type WeightNormRaceResult } from './model.ts';
import { weightNormRaceCodec, type WeightNormRaceState } from './state.ts';

/** Before the first result: six empty groups and the legend (keeps the height). */
const PLACEHOLDER: LogBarGroup[] = Array.from({ length: 6 }, (_, j) => ({
  group: `feature ${j + 1}`,
  values: ['Adam (λ = 0)', 'Adam + L2', 'AdamW'].map((label) => ({ label, value: NaN })),
}));
const PLACEHOLDER_RUNS = (['adam', 'l2', 'adamw'] as const).map((id, k) => ({
  id,
  label: ['Adam (λ = 0)', 'Adam + L2', 'AdamW'][k],
  norm: [] as { x: number; y: number }[],
  divergedAt: null,
}));
const createWorker = () => new Worker(new URL('./model.worker.ts', import.meta.url), { type: 'module' });

/**
 * ‖θ‖ over training for Adam, Adam + L2 and AdamW, and where each run puts its weight. `initial`
 * is the result for the defaults, computed when the page is built (content/lessons/widgetDefaults.ts).
 */
export default function WeightNormRace({ initial }: { initial?: WeightNormRaceResult } = {}) {
  const { state, set, frame } = useWidget(weightNormRaceCodec);
  const input = useMemo<WeightNormRaceState>(() => ({ ...state }), [state]);
  const { result, pending, error } = useWorkerResult<WeightNormRaceState, WeightNormRaceResult | null>(
    input,
    {
      create: createWorker,
      compute: weightNormRace,
      initial: initial ?? null,
      initialIsCurrent: initial !== undefined,
      transition: true,
    },
  );

  // Before the first result the same three series, empty, so the legend already has its height.
  const series: CurveSeries[] = useMemo(
    () =>
      (result?.runs ?? PLACEHOLDER_RUNS).map((r) => ({
        id: r.id,
        label: r.label,
        points: r.norm,
        note:
          r.divergedAt !== null
            ? `diverged at step ${r.divergedAt}`
            : r.norm.length
              ? `‖θ‖ = ${formatNumber(r.norm[r.norm.length - 1].y)}`
              : undefined,
      })),
    [result],
  );
  const bars: LogBarGroup[] = useMemo(
    () =>
      result
        ? result.scales.map((c, j) => ({
            group: formatNumber(c, 2),
            values: result.runs.map((r) => ({
              label: r.label,
              value: r.divergedAt === null ? r.final[j] : NaN,
            })),
          }))
        : PLACEHOLDER,
    [result],
  );

  const summary = useMemo(() => (result ? summarize(result) : 'Computing…'), [result]);
  const l2 = state.wd * state.l2Factor;
  return (
    <WidgetFrame
      {...frame}
      title="Weight norm: Adam, Adam + L2 and AdamW"
      description={`Logistic regression on ${N} linearly separable examples with six features whose scales c run from ${formatNumber(1 / Math.sqrt(state.spread), 2)} to ${formatNumber(Math.sqrt(state.spread), 2)}; the three runs read the same seeded mini-batches. Without regularisation ‖θ‖ keeps growing. The bars show |θⱼ| per feature at the end (log scale): where each method lets the weight sit.`}
      summary={summary}
      minHeight="clamp(60rem, calc(1872px - 72.1vw), 100rem)"
      actions={<NewSeedButton seed={state.seed} onChange={(seed) => set({ seed })} />}
      controls={
        <>
          <LogSlider
            name="lr"
            label="Learning rate η"
            value={state.lr}
            min={1e-4}
            max={1}
            onChange={(lr) => set({ lr })}
          />
          <LogSlider
            name="wd"
            label="Weight decay λ"
            value={state.wd}
            min={1e-4}
            max={10}
            onChange={(wd) => set({ wd })}
            hint="PyTorch's weight_decay for AdamW."
          />
          <LogSlider
            name="l2-factor"
            label="Adam + L2 strength ÷ λ"
            value={state.l2Factor}
            min={1e-3}
            max={1e3}
            onChange={(l2Factor) => set({ l2Factor })}
            hint={`Adam + L2 uses weight_decay = ${formatNumber(l2)}. Try to match AdamW's norm.`}
          />
          <LogSlider
            name="spread"
            label="Feature-scale spread"
            value={state.spread}
            min={1}
            max={1e4}
            onChange={(spread) => set({ spread })}
          />
          <LogSlider
            name="batch"
            label="Batch size b"
            value={state.batch}
            min={1}
            max={N}
            integer
            stepsPerDecade={20}
            onChange={(batch) => set({ batch })}
          />
          <LogSlider
            name="steps"
            label="Steps"
            value={state.steps}
            min={10}
            max={4000}
            integer
            stepsPerDecade={20}
            onChange={(steps) => set({ steps })}
          />
          <p className="wk-hint">Seed {state.seed}.</p>
        </>
      }
    >
      <ResultView pending={pending} error={error}>
        <CurveChart
          label={
            result
              ? `Weight norm against step for the three runs. ${summary}`
              : 'Weight norm against step (computing)'
          }
          xLabel="step t"
          yLabel="‖θₜ‖₂"
          height={260}
          series={series}
        />
        <LogBars
          bars={bars}
          yLabel="|θⱼ| at the end"
          xLabel="feature scale c"
          label={
            result
              ? `Bar chart of each weight's size at the end, by feature scale. ${summary}`
              : 'Weights at the end (computing)'
          }
        />
      </ResultView>
    </WidgetFrame>
  );
}

function summarize(r: WeightNormRaceResult): string {
  return (
    r.runs
      .map((run) => {
        if (run.divergedAt !== null) return `${run.label} diverged at step ${run.divergedAt}`;
        const last = run.final;
        return `${run.label}: ‖θ‖ = ${formatNumber(run.norm[run.norm.length - 1].y)} after ${r.steps} steps, loss ${formatNumber(run.loss)}, smallest-scale weight ${formatNumber(last[0])}, largest-scale weight ${formatNumber(last[last.length - 1])}`;
      })
      .join('. ') + '.'
  );
}
