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
import type { MethodId } from '../lessons/variance-reduction/raceModel.ts';
import { stepSweepModel, type StepSweepResult } from './model.ts';
import { stepSweepCodec, type StepSweepState } from './state.ts';
import '../lessons/variance-reduction/vr.css';

const createWorker = () => new Worker(new URL('./model.worker.ts', import.meta.url), { type: 'module' });
const LABELS: Record<MethodId, string> = { sgd: 'SGD', svrg: 'SVRG (m = 2n)', saga: 'SAGA' };
const IDS: MethodId[] = ['sgd', 'svrg', 'saga'];
const FLOOR = 1e-16;

/** Final suboptimality after a fixed budget for a sweep of step sizes c/L_max, per method. */
export default function StepSizeExplorer({ initial }: { initial?: StepSweepResult } = {}) {
  const { state, set, frame } = useWidget(stepSweepCodec);
  const input = useMemo(() => ({ ...state }), [state]);
  const { result, pending, error } = useWorkerResult<StepSweepState, StepSweepResult | null>(input, {
    create: createWorker,
    compute: stepSweepModel,
    initial: initial ?? null,
    initialIsCurrent: initial !== undefined,
    transition: true,
  });

  const series: CurveSeries[] = useMemo(
    () =>
      result
        ? IDS.map((id) => ({
            id,
            label: LABELS[id],
            points: result.multiples.flatMap((c, k) => {
              const cell = result.rows[id][k];
              return cell.gap === null ? [] : [{ x: c, y: Math.max(FLOOR, cell.gap) }];
            }),
            note:
              result.firstDiverged[id] !== null
                ? `blows up from c = ${formatNumber(result.firstDiverged[id] as number)}`
                : 'no blow-up in this range',
          }))
        : [],
    [result],
  );

  const summary = error
    ? `The sweep could not be computed: ${error}`
    : result
      ? summarize(result, result.passes)
      : 'Computing…';
  // Redraw the chart only when a new result lands, not on every slider movement.
  const chart = useMemo(
    () =>
      result ? (
        <CurveChart
          series={series}
          label={`Final suboptimality against step multiple c. ${summary}`}
          xLabel="step size × L_max"
          yLabel="f − f* at the end"
          logX
          logY
          height={300}
          table={false}
        />
      ) : null,
    [result, series, summary],
  );

  // The outcomes and the table change only with a new result: a slider press re-renders neither.
  const body = useMemo(
    () =>
      result ? (
        <>
          {chart}
          <ul className="vr-outcomes" data-testid="sweep-outcomes">
            {IDS.map((id) => (
              <li key={id}>
                <strong>{LABELS[id]}</strong>: {describe(result, id)}
              </li>
            ))}
          </ul>
          <details className="wk-table">
            <summary>Show every run as a table</summary>
            <div
              className="wk-table-scroll"
              tabIndex={0}
              role="region"
              aria-label="Final suboptimality for every step size and method"
            >
              <table className="vr-sweep-table">
                <thead>
                  <tr>
                    <th scope="col">c (step × L_max)</th>
                    {IDS.map((id) => (
                      <th scope="col" key={id}>
                        {LABELS[id]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {result.multiples.map((c, k) => (
                    <tr key={c}>
                      <th scope="row">{formatNumber(c)}</th>
                      {IDS.map((id) => {
                        const cell = result.rows[id][k];
                        return (
                          <td key={id}>
                            {cell.gap === null
                              ? `diverged at pass ${formatNumber(cell.divergedAt as number)}`
                              : formatSci(Math.max(FLOOR, cell.gap))}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      ) : null,
    [result, chart],
  );

  return (
    <WidgetFrame
      {...frame}
      title="Where does each method break?"
      description="Each point is a complete run of the budget at step size c/L_max; the curve shows f − f* at the end (log–log). Runs whose iterates blew up are left out of the curve and listed as diverged. The table below lists every run."
      summary={summary}
      minHeight="38rem"
      actions={<NewSeedButton seed={state.seed} onChange={(seed) => set({ seed })} />}
      controls={
        <>
          <LogSlider
            name="max-multiple"
            label="Largest step multiple c"
            value={state.maxMultiple}
            min={0.5}
            max={1e6}
            onChange={(maxMultiple) => set({ maxMultiple })}
            hint="The sweep runs from c = 1/64 up to here, doubling each time (plus c = 1/3)."
          />
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
          <Slider
            name="passes"
            label="Budget per run (passes)"
            value={state.passes}
            min={5}
            max={40}
            onChange={(passes) => set({ passes })}
          />
          {result && (
            <p className="wk-hint">
              L_max = {formatNumber(result.lMax)}; c = 1/3 is the step 1/(3 L_max) ={' '}
              {formatSci(1 / (3 * result.lMax))}. Seed {state.seed}.
            </p>
          )}
        </>
      }
    >
      <ResultView pending={pending}>
        {result ? body : <Placeholder height={300}>Running the sweep…</Placeholder>}
      </ResultView>
    </WidgetFrame>
  );
}

function describe(r: StepSweepResult, id: MethodId): string {
  const best = r.best[id];
  const k = best === null ? -1 : r.multiples.indexOf(best);
  const bestText =
    best === null
      ? 'every run diverged'
      : `best at c = ${formatNumber(best)} (f − f* = ${formatSci(Math.max(FLOOR, r.rows[id][k].gap as number))})`;
  const div = r.firstDiverged[id];
  return div === null
    ? `${bestText}; no run diverged up to c = ${formatNumber(r.multiples[r.multiples.length - 1])}.`
    : `${bestText}; diverged from c = ${formatNumber(div)} on.`;
}

function summarize(r: StepSweepResult, passes: number): string {
  return `After ${plural(passes, 'pass', 'passes')}: ${IDS.map((id) => `${LABELS[id]} ${describe(r, id)}`).join(' ')}`;
}
