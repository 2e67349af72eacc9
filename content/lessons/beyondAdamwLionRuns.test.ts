import { describe, expect, it } from 'vitest';
import { beyondAdamwLionRuns } from './beyondAdamwLionRuns.ts';
import { CURVATURE, MINIMIZER, START } from '../../components/widgets/LionVsAdam/problem.ts';

/** Lion written out from Chen et al. (2023), Algorithm 2 (λ = 0), on the widget's quadratic. */
function lionByHand(lr: number, beta1: number, beta2: number, steps: number): number[][] {
  let th = [...START];
  let m = [0, 0];
  const path = [th];
  for (let t = 0; t < steps; t++) {
    const g = th.map((v, i) => CURVATURE[i] * (v - MINIMIZER[i]));
    const c = m.map((mi, i) => beta1 * mi + (1 - beta1) * g[i]);
    th = th.map((v, i) => v - lr * Math.sign(c[i]));
    m = m.map((mi, i) => beta2 * mi + (1 - beta2) * g[i]);
    path.push(th);
  }
  return path;
}
const dist = (p: number[]) => Math.hypot(p[0] - MINIMIZER[0], p[1] - MINIMIZER[1]);
const r = beyondAdamwLionRuns();

describe('beyondAdamwLionRuns(): the numbers the lesson quotes for the Lion widget', () => {
  const stray = (path: number[][]) => Math.max(...path.slice(-r.window).map(dist));
  it('Lion’s distances agree with Lion written out by hand', () => {
    expect(r.strayLion).toBeCloseTo(stray(lionByHand(r.lr, 0.9, r.beta2, r.steps)), 12);
    expect(r.strayLionBeta2Low).toBeCloseTo(stray(lionByHand(r.lr, 0.9, 0.9, r.steps)), 12);
    expect(r.long.hover).toBeCloseTo(stray(lionByHand(r.lr, 0.9, 0.9, r.long.steps)), 12);
  });
  it('supports the prose: at β₂ = 0.99 Lion still overshoots far when AdamW has nearly arrived; at 0.9 far less', () => {
    expect(r.strayLion).toBeGreaterThan(10 * r.endAdam);
    expect(r.strayLion).toBeGreaterThan(5 * r.strayLionBeta2Low);
    expect(r.strayLionBeta2Low).toBeGreaterThan(r.endAdam);
  });
  it('supports the prose: once arrived Lion keeps straying by about a step η, never settling', () => {
    // Every step moves each coordinate by exactly η, so the iterate can never stay put; the lesson
    // says "within two steps of size η" — the hover must be at least half a step and at most two.
    expect(r.long.hover).toBeGreaterThanOrEqual(r.lr / 2);
    expect(r.long.hover).toBeLessThanOrEqual(2 * r.lr + 1e-12);
    expect(Math.round(r.long.hover / r.lr)).toBe(2); // the prose: "two steps of size η"
  });
});
