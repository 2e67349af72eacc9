import { formatNumber } from '../formatNumber.ts';
import { valuesAt, type ExplorerRun } from './runRows.ts';

/** A short line in the run's colour and dash: the run's key in the legend and the readout. */
export function Swatch({ run }: { run: ExplorerRun }) {
  return (
    <svg width="22" height="10" aria-hidden="true" className="wk-rx-swatch">
      <line x1="1" x2="21" y1="5" y2="5" stroke={run.color} strokeWidth="2.5" strokeDasharray={run.dash} />
    </svg>
  );
}

export interface RunReadoutProps {
  /** True while the pointer or the keyboard cursor is on the chart (Recharts' tooltip state). */
  active?: boolean;
  /** The cursor's step (Recharts passes the x value of the row under it). */
  label?: string | number;
  /** The step read when there is no cursor: the last one in view. */
  restStep: number;
  runs: readonly ExplorerRun[];
  hidden: ReadonlySet<number>;
  xLabel: string;
}

/**
 * Every run's value at the cursor's step, in a fixed panel under the chart (RunExplorer renders
 * it there through Recharts' tooltip portal) instead of a box floating over the curves: long run
 * names ("warmup 5 % + cosine") would cover the very lines the reader is following, at 390 px
 * most of the plot. Names wrap in full, never truncated. Each entry is a name line and a value
 * line, so the panel's height depends on the names only: it does not jump as the cursor moves,
 * and it is the same with and without a cursor (then it reads the last step in view).
 */
export function RunReadout({ active, label, restStep, runs, hidden, xLabel }: RunReadoutProps) {
  const cursor = active && label !== undefined && Number.isFinite(Number(label));
  const at = cursor ? Number(label) : restStep;
  return (
    <div className="wk-rx-readout-body">
      <p className="wk-rx-readout-head">
        {cursor ? '' : 'Last in view: '}
        {xLabel} = {formatNumber(at)}
      </p>
      <ul>
        {valuesAt(runs, at).map((v, i) => (
          <li key={i} className={hidden.has(i) ? 'wk-rx-off' : undefined}>
            <Swatch run={runs[i]} />
            <span className="wk-rx-readout-name">{v.name}</span>
            <span className="wk-rx-readout-value">
              {v.value === null ? '—' : formatNumber(v.value, 4)}
              {v.at !== null && v.at !== at ? ` (at ${formatNumber(v.at)})` : ''}
              {hidden.has(i) ? ' (hidden)' : ''}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
