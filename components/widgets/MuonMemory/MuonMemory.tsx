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
import { muonMemory, type MuonMemoryResult } from './model.ts';
import { muonMemoryCodec, type MuonMemoryState } from './state.ts';

const createWorker = () => new Worker(new URL('./model.worker.ts', import.meta.url), { type: 'module' });
const COLOR: Record<string, string> = {
  sgd: 'var(--series-1)',
  adam: 'var(--series-2)',
  muon: 'var(--series-3)',
};

/**
 * SGD, Adam and Muon on an associative memory fed a Zipf stream: frequent against rare pairs.
 * `initial` is the result for the defaults, computed when the page is built
 * (content/lessons/widgetDefaults.ts).
 */
export default function MuonMemory({ initial }: { initial?: MuonMemoryResult } = {}) {
  const { state, set, frame } = useWidget(muonMemoryCodec);
  const input = useMemo<MuonMemoryState>(() => ({ ...state }), [state]);
  const { result, pending, error } = useWorkerResult<MuonMemoryState, MuonMemoryResult | null>(input, {
    create: createWorker,
    compute: muonMemory,
    initial: initial ?? null,
    initialIsCurrent: initial !== undefined,
    transition: true,
  });
  const curves: CurveSeries[] = useMemo(
    () =>
      (result?.runs ?? []).flatMap((r) => [
        {
          id: `${r.id}-frequent`,
          label: `${r.label}, frequent pairs`,
          points: r.frequent.map((p) => ({ x: p.x, y: Math.max(p.y, 1e-8) })),
          color: COLOR[r.id],
        },
        {
          id: `${r.id}-rare`,
          label: `${r.label}, rare pairs`,
          points: r.rare.map((p) => ({ x: p.x, y: Math.max(p.y, 1e-8) })),
          color: COLOR[r.id],
          dash: '5 4',
        },
      ]),
    [result],
  );
  const spectrum: CurveSeries[] = useMemo(
    () =>
      result
        ? [
            {
              id: 'before',
              label: 'before: σ of M/‖M‖_F',
              points: result.before.map((y, i) => ({ x: i + 1, y: Math.max(y, 1e-6) })),
            },
            {
              id: 'after',
              label: 'after five Newton–Schulz steps',
              points: result.after.map((y, i) => ({ x: i + 1, y: Math.max(y, 1e-6) })),
              dash: '6 4',
            },
          ]
        : [],
    [result],
  );
  // From the result alone: while a new run computes, the words (and the chart's label) keep
  // describing the curves on screen, and a press does not re-render the charts for a new label.
  const summary = useMemo(() => (result ? summarize(result) : 'Computing…'), [result]);
  return (
    <WidgetFrame
      {...frame}
      title="Frequent and rare pairs: SGD, Adam and Muon on an associative memory"
      description="W (d × d) should map each key eᵢ to a random unit vector vᵢ; pairs arrive as a Zipf stream, pair i with probability ∝ 1/(i + 1)^s, in batches, the same stream for all three optimizers, from W = 0. The first chart is the recall error ½‖Weᵢ − vᵢ‖² averaged over the most frequent quarter of the pairs (solid) and the rarest quarter (dashed). The second is the spectrum of Muon's update direction a quarter of the way through, before and after Newton–Schulz, largest first."
      summary={summary}
      minHeight="48rem"
      actions={<NewSeedButton seed={state.seed} onChange={(seed) => set({ seed })} />}
      controls={
        <>
          <Slider
            name="zipf"
            label="Zipf exponent s"
            value={state.zipf}
            min={0}
            max={2}
            step={0.1}
            onChange={(zipf) => set({ zipf })}
          />
          <LogSlider
            name="pairs"
            label="Pairs d"
            value={state.pairs}
            min={4}
            max={32}
            integer
            stepsPerDecade={12}
            onChange={(pairs) => set({ pairs })}
          />
          <LogSlider
            name="steps"
            label="Steps"
            value={state.steps}
            min={10}
            max={1000}
            integer
            stepsPerDecade={12}
            onChange={(steps) => set({ steps })}
          />
          <LogSlider
            name="sgd-lr"
            label="SGD's η"
            value={state.sgdLr}
            min={0.01}
            max={10}
            onChange={(sgdLr) => set({ sgdLr })}
          />
          <LogSlider
            name="adam-lr"
            label="Adam's η"
            value={state.adamLr}
            min={1e-4}
            max={0.5}
            onChange={(adamLr) => set({ adamLr })}
          />
          <LogSlider
            name="muon-lr"
            label="Muon's η"
            value={state.muonLr}
            min={1e-3}
            max={1}
            onChange={(muonLr) => set({ muonLr })}
          />
          <p className="wk-hint">
            Batch {state.batch}, seed {state.seed}.
          </p>
        </>
      }
    >
      <ResultView pending={pending} error={error}>
        <CurveChart
          label={
            result
              ? `Recall error of frequent and rare pairs over training. ${summary}`
              : 'Recall error (computing)'
          }
          xLabel="step t"
          yLabel="mean ½‖Weᵢ − vᵢ‖²"
          logY
          height={260}
          series={curves}
          table={false}
        />
        <CurveChart
          label={
            result
              ? `Singular values of Muon's update direction at step ${result.spectrumStep}, normalised, before and after Newton–Schulz: from ${formatNumber(result.before[0])} down to ${formatNumber(result.before.at(-1) ?? 0)} before, from ${formatNumber(result.after[0])} to ${formatNumber(result.after.at(-1) ?? 0)} after.`
              : 'Singular values (computing)'
          }
          xLabel="index i (largest first)"
          yLabel="σᵢ"
          logY
          height={200}
          series={spectrum}
        />
      </ResultView>
    </WidgetFrame>
  );
}

/** The outcome in words: how far apart frequent and rare pairs are for each optimizer, midway and at the end. */
export function summarize(r: MuonMemoryResult): string {
  const parts = r.runs.map((run) => {
    const mid = Math.floor(run.frequent.length / 4);
    return `${run.label}: after ${run.frequent[mid].x} steps frequent ${formatNumber(run.frequent[mid].y)}, rare ${formatNumber(run.rare[mid].y)}; at the end frequent ${formatNumber(run.frequent.at(-1)!.y)}, rare ${formatNumber(run.rare.at(-1)!.y)}`;
  });
  return `Zipf s = ${formatNumber(r.zipf)}, ${r.pairs} pairs. ${parts.join('. ')}.`;
}
