import { expect, it } from 'vitest';
import { independentAnswerTests } from '../../../src/lib/problems/independentTests.ts';
import problem from './plateau-first-reduction.ts';

type P = ReturnType<typeof problem.paramsOf>;
/** PyTorch's rules written out by hand (mode 'min', abs threshold, cooldown 0); `vsPrevious` compares with the last epoch instead of the best. */
function simulate(losses: readonly number[], patience: number, thr: number, vsPrevious = false): number {
  let best = Infinity,
    bad = 0;
  for (let e = 0; e < losses.length; e++) {
    const ref = vsPrevious ? (e === 0 ? Infinity : losses[e - 1]) : best;
    if (losses[e] < ref - thr) {
      best = losses[e];
      bad = 0;
    } else bad++;
    if (bad > patience) return e + 1;
  }
  return NaN;
}
const key = (p: P) => simulate(p.losses, p.patience, p.threshold);
/** The misreading where every lower loss becomes best, improvement or not. */
function lowestSoFar(losses: readonly number[], patience: number, thr: number): number {
  let best = Infinity,
    bad = 0;
  for (let e = 0; e < losses.length; e++) {
    if (losses[e] < best - thr) bad = 0;
    else bad++;
    best = Math.min(best, losses[e]);
    if (bad > patience) return e + 1;
  }
  return NaN;
}
const none = (v: number, ...same: number[]) => (same.includes(v) ? NaN : v);

independentAnswerTests(problem, {
  key,
  mistakes: [
    (p) => key(p) - 1,
    (p) => none(simulate(p.losses, p.patience, 0), key(p), key(p) - 1),
    (p) =>
      none(
        simulate(p.losses, p.patience, p.threshold, true),
        key(p),
        key(p) - 1,
        simulate(p.losses, p.patience, 0),
      ),
    (p) =>
      none(
        lowestSoFar(p.losses, p.patience, p.threshold),
        key(p),
        key(p) - 1,
        simulate(p.losses, p.patience, 0),
        simulate(p.losses, p.patience, p.threshold, true),
      ),
  ],
  mistakeFeedback: [/One epoch early.*exceed/, /every decrease/, /previous epoch/, /every lower loss/],
});

it('plateau-first-reduction: every variant reduces within its sequence, and the prompt prints the losses exactly', () => {
  for (let seed = 0; seed < 200; seed++) {
    const p = problem.paramsOf(seed);
    expect(Number.isFinite(key(p))).toBe(true);
    // No loss sits exactly on best − threshold, where float rounding rather than the rule would decide.
    let best = Infinity;
    for (const l of p.losses) {
      expect(Math.abs(l - (best - p.threshold))).toBeGreaterThan(1e-9);
      if (l < best - p.threshold) best = l;
    }
    for (const l of p.losses) expect(Number(l.toFixed(3))).toBe(l);
    expect(problem.instantiate(seed).prompt).toContain(p.losses.map((l) => l.toFixed(3)).join(', '));
  }
});
