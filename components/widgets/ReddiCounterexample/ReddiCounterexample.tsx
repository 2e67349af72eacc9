import { useMemo } from 'react';
import {
  CurveChart,
  LogSlider,
  Select,
  Slider,
  WidgetFrame,
  formatNumber,
  useWidget,
  useWorkerResult,
  type CurveSeries,
  ResultView,
} from '../kit/index.ts';
import { reddi, type ReddiResult } from './model.ts';
import { reddiCodec, ReddiState } from './state.ts';

const createWorker = () => new Worker(new URL('./model.worker.ts', import.meta.url), { type: 'module' });
// The first paint (and the server render) shows the default run, computed once per page load.
const initial = reddi(ReddiState.parse({}));

/** Reddi, Kale & Kumar's online counterexample: Adam drifts to θ = +1, AMSGrad converges to θ* = −1. */
export default function ReddiCounterexample() {
  const { state, set, frame } = useWidget(reddiCodec);
  const input = useMemo<ReddiState>(() => ({ ...state }), [state]);
  const { result, pending, error } = useWorkerResult<ReddiState, ReddiResult>(input, {
    create: createWorker,
    compute: reddi,
    initial,
    transition: true,
  });
  const iterates: CurveSeries[] = useMemo(
    () =>
      result.runs.map((r) => ({
        id: r.id,
        label: r.label,
        points: r.x,
        note: `θ = ${formatNumber(r.finalX)}`,
      })),
    [result],
  );
  const regrets: CurveSeries[] = useMemo(
    () =>
      result.runs.map((r) => ({
        id: r.id,
        label: r.label,
        points: r.regret,
        note: `R/t = ${formatNumber(r.finalRegret)}`,
      })),
    [result],
  );
  const regretRef = useMemo(
    () => [
      { y: result.regretAtPlusOne, label: `sitting at θ = +1: ${formatNumber(result.regretAtPlusOne)}` },
    ],
    [result],
  );
  const summary = summarize(result);
  const theorem = state.setting === 'theorem';

  return (
    <WidgetFrame
      {...frame}
      title="Adam against AMSGrad on Reddi et al.'s problem"
      description={
        theorem
          ? `The losses are f_t(θ) = ${formatNumber(result.C)}θ at t = 1, 4, 7, … and −θ otherwise, on the interval [−1, 1]; over every three rounds they add up to (C − 2)θ, so the best fixed point is θ* = −1. Both learners use β₁ = 0, β₂ = 1/(1 + C²) = ${formatNumber(result.beta2, 4)}, the step η/√t and a projection back onto [−1, 1] after every update.`
          : 'The losses are f_t(θ) = 1010θ at t = 1, 102, 203, … and −10θ otherwise, on [−1, 1] (Section 5 of the paper); over every 101 rounds they add up to 10θ, so θ* = −1. Both learners use β₁ = 0.9, β₂ = 0.99, the step η/√t and a projection onto [−1, 1].'
      }
      summary={summary}
      minHeight="46rem"
      controls={
        <>
          <Select
            name="setting"
            label="Problem"
            value={state.setting}
            options={[
              { value: 'theorem', label: 'Theorem 1 (period 3)' },
              { value: 'experiment', label: 'Section 5 experiment (period 101)' },
            ]}
            onChange={(setting) => set({ setting })}
          />
          <Slider
            name="c"
            label="C (Theorem 1 needs C > 2)"
            value={state.C}
            min={2.1}
            max={50}
            step={0.1}
            disabled={!theorem}
            onChange={(C) => set({ C })}
          />
          <LogSlider
            name="alpha"
            label="η in the step η/√t"
            value={state.alpha}
            min={1e-3}
            max={10}
            onChange={(alpha) => set({ alpha })}
            hint={
              result.alphaBound !== null
                ? `Theorem 1 assumes η < √(1 − β₂) = ${formatNumber(result.alphaBound, 4)}.`
                : undefined
            }
          />
          <LogSlider
            name="steps"
            label="Rounds T"
            value={state.steps}
            min={100}
            max={1_000_000}
            integer
            stepsPerDecade={12}
            onChange={(steps) => set({ steps })}
          />
          <Slider
            name="x0"
            label="Start θ₀"
            value={state.x0}
            min={-1}
            max={1}
            step={0.05}
            onChange={(x0) => set({ x0 })}
          />
        </>
      }
    >
      <ResultView pending={pending} error={error}>
        <div className="wk-panels">
          <CurveChart
            label={`The iterate θ_t against the round t (log scale). ${summary}`}
            xLabel="round t"
            yLabel="iterate θₜ"
            logX
            height={260}
            yDomain={[-1, 1]}
            series={iterates}
          />
          <CurveChart
            label={`Average regret R_t/t against t, log–log. ${summary}`}
            xLabel="round t"
            yLabel="average regret Rₜ/t"
            logX
            logY
            height={260}
            series={regrets}
            referenceLines={regretRef}
          />
        </div>
      </ResultView>
    </WidgetFrame>
  );
}

function summarize(r: ReddiResult): string {
  const parts = r.runs.map((run) =>
    run.divergedAt !== null
      ? `${run.label} diverged at step ${run.divergedAt}`
      : `${run.label} ends at θ = ${formatNumber(run.finalX, 4)} with average regret ${formatNumber(run.finalRegret)}`,
  );
  return `${parts.join('; ')}. The best fixed point is θ* = ${formatNumber(r.xStar)}; staying at +1 costs ${formatNumber(r.regretAtPlusOne)} per round.`;
}
