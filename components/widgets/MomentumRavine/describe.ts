import { stableStepTimesCurvature } from '@descent/optim';
import { formatNumber } from '../kit/formatNumber.ts';
import type { RavineRun } from '../lessons/momentum/ravineRuns.ts';

/** What a run did by frame t, without its name (the legend note). */
export function runNote(r: RavineRun, t: number, beta: number): string {
  const limit = stableStepTimesCurvature(r.method, r.method === 'gd' ? 0 : beta);
  if (r.divergedAt !== null && t >= r.divergedAt)
    return `diverged at step ${r.divergedAt} (ρ = ${formatNumber(r.rate)}; stable only for ηL < ${formatNumber(limit)})`;
  const k = Math.min(t, r.errors.length - 1);
  const verdict =
    r.rate >= 1
      ? `diverges: ρ = ${formatNumber(r.rate)} ≥ 1, stable only for ηL < ${formatNumber(limit)}`
      : `predicted rate ρ = ${formatNumber(r.rate)}`;
  return `distance to θ* ${formatNumber(r.errors[k])} after ${k} steps (${verdict})`;
}

export function summarizeRuns(runs: RavineRun[], t: number, beta: number): string {
  return runs.map((r) => `${r.label}: ${runNote(r, t, beta)}`).join('; ') + '.';
}

/** The three stability limits on ηL at this β, for the learning-rate slider's hint. */
export function stabilityHint(beta: number): string {
  const f = (m: 'gd' | 'heavyBall' | 'nesterov') =>
    formatNumber(stableStepTimesCurvature(m, m === 'gd' ? 0 : beta));
  return `Stable for η < ${f('gd')} (GD), 2 + 2β = ${f('heavyBall')} (heavy ball), (2 + 2β)/(1 + 2β) = ${f('nesterov')} (Nesterov).`;
}
