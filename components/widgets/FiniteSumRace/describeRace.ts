import { formatSci } from '../kit/formatNumber.ts';
import type { MethodRun, RaceResult } from '../lessons/variance-reduction/raceModel.ts';
import { TARGET_GAP } from '../lessons/variance-reduction/traceMethod.ts';
import { plural } from '../kit/plural.ts';

/** Gaps below this are rounding noise around f*; charts draw them here. */
export const GAP_FLOOR = 1e-16;

/** methodOutcome(run) → "reaches 10⁻¹⁰ after 16 passes" / "diverged at pass 3" / "ends at 2.1 × 10⁻²". */
export function methodOutcome(m: MethodRun): string {
  if (m.divergedAt !== null) return `diverged at pass ${formatSci(m.divergedAt, 3)}`;
  if (m.reachedAt !== null)
    return `reaches ${formatSci(TARGET_GAP)} after ${plural(formatSci(m.reachedAt, 3), 'pass', 'passes')}`;
  const last = m.points[m.points.length - 1];
  return `ends at ${formatSci(Math.max(GAP_FLOOR, last.gap))}`;
}

/** summarizeRace(result) → the widget's one-sentence outcome, for the aria-live summary. */
export function summarizeRace(r: RaceResult): string {
  const parts = r.methods.map((m) => `${m.label} ${methodOutcome(m)}`);
  const sgd = r.methods.find((m) => m.id === 'sgd');
  const floor =
    sgd && sgd.divergedAt === null && sgd.reachedAt === null
      ? ' SGD is held up by the variance of its gradient estimate (its noise floor).'
      : '';
  return `${parts.join('; ')}.${floor}`;
}
