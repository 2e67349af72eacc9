import { useMemo } from 'react';
import { CurveChart, type CurveSeries } from '../kit/CurveChart.tsx';
import { LogSlider } from '../kit/controls/LogSlider.tsx';
import { Slider } from '../kit/controls/Slider.tsx';
import { WidgetFrame } from '../kit/WidgetFrame.tsx';
import { ResultView } from '../kit/ResultView.tsx';
import { NewSeedButton } from '../kit/NewSeedButton.tsx';
import { formatNumber } from '../kit/formatNumber.ts';
import { useWidget } from '../kit/useWidget.ts';
import { useWorkerResult } from '../kit/worker/useWorkerResult.ts';
import { LogBars, type LogBarGroup } from '../kit/LogBars.tsx';
import { decayPerParameter, type DecayPerParameterResult } from './model.ts';
import { decayPerParameterCodec, type DecayPerParameterState } from './state.ts';

const SUB = ['₁', '₂', '₃'];
const emptyRun = (id: 'l2' | 'adamw', label: string) => ({
  id,
  label,
  divergedAt: null,
  params: SUB.map(() => ({ theta: [] as number[], steps: [] as number[] })),
});
const PLACEHOLDER_RUNS = [emptyRun('l2', 'Adam + L2'), emptyRun('adamw', 'AdamW')];
/** Hoisted so the memoised chart sees the same array every render. */
const TARGET_LINE = [{ y: 1, label: 'θ* = 1 without decay' }];
const createWorker = () => new Worker(new URL('./model.worker.ts', import.meta.url), { type: 'module' });
/** Before the first result: the same groups and legend, no bars (keeps the height). */
const PLACEHOLDER: LogBarGroup[] = SUB.map((i) => ({
  group: `θ${i}`,
  values: [
    { label: 'Adam + L2', value: NaN },
    { label: 'AdamW', value: NaN },
  ],
}));

/** Adam + L2 against AdamW, per parameter: the decay each one receives and where it goes. */
export default function DecayPerParameter() {
  const { state, set, frame } = useWidget(decayPerParameterCodec);
  const input = useMemo<DecayPerParameterState>(() => ({ ...state }), [state]);
  const { result, pending, error } = useWorkerResult<DecayPerParameterState, DecayPerParameterResult | null>(
    input,
    {
      create: createWorker,
      compute: decayPerParameter,
      initial: null,
      transition: true,
    },
  );

  const bars: LogBarGroup[] = useMemo(
    () =>
      result
        ? result.scales.map((s, i) => ({
            group: `θ${SUB[i]} (s = ${formatNumber(s)})`,
            values: result.runs.map((r) => ({ label: r.label, value: r.params[i].effectiveDecay })),
          }))
        : PLACEHOLDER,
    [result],
  );

  // Before the first result the same six series, empty, so the legend already has its height.
  const series: CurveSeries[] = useMemo(
    () =>
      (result?.runs ?? PLACEHOLDER_RUNS).flatMap((r, k) =>
        r.params.map((p, i) => ({
          id: `${r.id}-${i}`,
          label: `${r.label}, θ${SUB[i]}`,
          points: p.theta.map((y, j) => ({ x: p.steps[j], y })),
          color: `var(--series-${k === 0 ? i + 1 : 4 + i})`,
          dash: k === 0 ? '' : '6 3',
          note: r.divergedAt !== null ? `diverged at step ${r.divergedAt}` : undefined,
        })),
      ),
    [result],
  );

  const summary = useMemo(() => (result ? summarize(result) : 'Computing…'), [result]);
  return (
    <WidgetFrame
      {...frame}
      title="Adam + L2 against AdamW, parameter by parameter"
      description={`Three parameters with the same loss ½(θ − 1)², multiplied by gradient scales a = 1/${formatNumber(state.spread)}, 1 and ${formatNumber(state.spread)}, and the same seeded gradient noise. The bars show the fraction of θ the decay removes in one update at the end of the run (log scale): ηλ′/(√v̂ + ε) for Adam + L2 with λ′ = λ, ηλ for AdamW. The chart shows the parameters over training; AdamW's three curves lie on top of each other.`}
      summary={summary}
      minHeight="clamp(61rem, calc(1808px - 65.5vw), 98rem)"
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
            hint="PyTorch's weight_decay, the same number for both."
          />
          <LogSlider
            name="spread"
            label="Gradient-scale spread"
            value={state.spread}
            min={1}
            max={1e4}
            onChange={(spread) => set({ spread })}
            hint="s₃/s₂ = s₂/s₁."
          />
          <Slider
            name="noise"
            label="Gradient noise σ"
            value={state.noise}
            min={0}
            max={3}
            step={0.05}
            onChange={(noise) => set({ noise })}
            format={(v) => formatNumber(v)}
          />
          <LogSlider
            name="steps"
            label="Steps"
            value={state.steps}
            min={10}
            max={3000}
            integer
            stepsPerDecade={20}
            onChange={(steps) => set({ steps })}
          />
          <p className="wk-hint">Seed {state.seed}.</p>
        </>
      }
    >
      <ResultView pending={pending} error={error}>
        <LogBars
          bars={bars}
          yLabel="decay per update"
          label={
            result
              ? `Bar chart of the decay per update for each parameter. ${summary}`
              : 'Bar chart of the decay per update (computing)'
          }
        />
        <CurveChart
          label={
            result
              ? `Each parameter over training for Adam + L2 and AdamW. ${summary}`
              : 'Parameters over training (computing)'
          }
          xLabel="step t"
          yLabel="θᵢ"
          height={280}
          series={series}
          referenceLines={TARGET_LINE}
        />
      </ResultView>
    </WidgetFrame>
  );
}

function summarize(r: DecayPerParameterResult): string {
  const parts = r.runs.map((run) => {
    if (run.divergedAt !== null) return `${run.label} diverged at step ${run.divergedAt}`;
    const ends = run.params
      .map((p, i) => `θ${SUB[i]} = ${formatNumber(p.theta[p.theta.length - 1])}`)
      .join(', ');
    const decays = run.params.map((p) => formatNumber(p.effectiveDecay)).join(', ');
    return `${run.label}: decay per update ${decays}; after ${r.steps} steps ${ends}`;
  });
  return parts.join('. ') + '.';
}
