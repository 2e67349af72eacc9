import { formatNumber } from '../kit/formatNumber.ts';
import type { RaceResult } from './model.ts';

/** One sentence for the live region: where each run ended. */
export function summarizeRace(r: RaceResult): string {
  if (r.runs.length === 0) return 'No schedule selected.';
  const parts = r.runs.map((run) =>
    run.divergedAt !== null
      ? `${run.label} diverged at step ${run.divergedAt}`
      : `${run.label} ends at f − f* = ${formatNumber(run.final ?? NaN, 3)} after ${run.updates} updates`,
  );
  const finite = r.runs.filter((x) => x.final !== null);
  const best = finite.length ? finite.reduce((a, b) => (a.final! <= b.final! ? a : b)) : null;
  return `${parts.join('; ')}.${best ? ` Lowest: ${best.label}.` : ''}`;
}
