import { describe, expect, it } from 'vitest';
import { lionVsAdam } from './model.ts';
import { CURVATURE, MINIMIZER } from './problem.ts';
import { lionVsAdamCodec } from './state.ts';
import { summarize } from './LionVsAdam.tsx';

const base = lionVsAdamCodec.defaults;

/** Lion by hand (Chen et al. 2023, Algorithm 2, decay multiplied by η) on the separable quadratic. */
function lionByHand(steps: number, s = base): number[][] {
  let th = [s.x0, s.y0];
  let m = [0, 0];
  const path = [th];
  for (let t = 0; t < steps; t++) {
    const g = th.map((v, i) => CURVATURE[i] * (v - MINIMIZER[i]));
    const c = m.map((mi, i) => s.beta1 * mi + (1 - s.beta1) * g[i]);
    th = th.map((v, i) => v * (1 - s.lr * s.wd) - s.lr * Math.sign(c[i]));
    m = m.map((mi, i) => s.beta2 * mi + (1 - s.beta2) * g[i]);
    path.push(th);
  }
  return path;
}

describe('lionVsAdam(state)', () => {
  it('Lion’s path is the paper’s algorithm written out by hand', () => {
    const r = lionVsAdam({ ...base, wd: 0.1 });
    const hand = lionByHand(base.steps, { ...base, wd: 0.1 });
    r.runs[0].points.forEach((p, t) => {
      expect(p[0]).toBeCloseTo(hand[t][0], 12);
      expect(p[1]).toBeCloseTo(hand[t][1], 12);
    });
  });
  it('without decay every Lion step is exactly η in both coordinates (while c ≠ 0), whatever the gradient', () => {
    const r = lionVsAdam(base);
    for (const i of [0, 1]) r.runs[0].stepSizes[i].forEach((d) => expect(d).toBeCloseTo(base.lr, 12));
  });
  it('with the defaults Adam settles closer to the minimiser than Lion, whose fixed steps keep it η-sized', () => {
    const [lion, adam] = lionVsAdam(base).runs;
    const end = (pts: readonly (readonly number[])[]) => Math.hypot(pts.at(-1)![0] - 1, pts.at(-1)![1] - 1);
    // θ₂'s gradient is 100× smaller, yet Lion moves it as far per step as θ₁.
    expect(lion.stepSizes[1].at(-1)).toBeCloseTo(base.lr, 12);
    expect(adam.stepSizes[0].at(-1)!).toBeLessThan(base.lr / 2);
    expect(end(adam.points)).toBeLessThan(end(lion.points) + base.lr);
  });
  it('the summary names both runs and where they end', () => {
    const text = summarize(lionVsAdam(base), base);
    expect(text).toMatch(/Lion ends .* from the minimiser/);
    expect(text).toMatch(/AdamW ends/);
  });
});
