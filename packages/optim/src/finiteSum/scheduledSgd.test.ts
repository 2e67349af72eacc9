import { describe, expect, it } from 'vitest';
import { scheduledSgd } from './scheduledSgd.ts';
import { sgdSampler } from './sgdSampler.ts';
import { leastSquares } from './leastSquares.ts';
import { rng } from '../rng.ts';
import { stepLR } from '../schedules/stepLR.ts';

const problem = leastSquares({
  X: [
    [1, 0],
    [0, 2],
    [1, 1],
    [2, -1],
    [0.5, 0.5],
  ],
  y: [1, -1, 0.5, 2, 0],
  l2: 0.1,
});

describe('scheduledSgd', () => {
  it('with replacement, constant batch and no momentum, equals sgdSampler on the same stream', () => {
    const a = scheduledSgd({
      lr: stepLR({ lr: 0.2, stepSize: 3, gamma: 0.5 }),
      batchSize: 2,
      replacement: true,
    });
    const b = sgdSampler({ lr: stepLR({ lr: 0.2, stepSize: 3, gamma: 0.5 }), batchSize: 2 });
    const ra = rng(5),
      rb = rng(5);
    let sa = a.init(problem, Float64Array.from([1, 1]), ra);
    let sb = b.init(problem, Float64Array.from([1, 1]), rb);
    for (let k = 0; k < 10; k++) {
      sa = a.step(problem, sa, ra).state;
      sb = b.step(problem, sb, rb).state;
    }
    expect([...sa.x]).toEqual([...sb.x]);
  });

  it('follows the batch schedule (rounded, capped at n) and uses η_t = lr(t − 1)', () => {
    const m = scheduledSgd({ lr: (t) => 0.1 / (t + 1), batchSize: (t) => 1.6 + 2 * t });
    const r = rng(1);
    let s = m.init(problem, Float64Array.from([0, 0]), r);
    const seen: [number, number][] = [];
    for (let k = 0; k < 4; k++) {
      const out = m.step(problem, s, r);
      seen.push([out.info.indices.length, out.info.lr]);
      expect(new Set(out.info.indices).size).toBe(out.info.indices.length); // without replacement
      s = out.state;
    }
    expect(seen).toEqual([
      [2, 0.1],
      [4, 0.05],
      [5, 0.1 / 3],
      [5, 0.025],
    ]);
    expect(s.gradEvals).toBe(16);
  });

  it('momentum uses PyTorch’s buffer b_t = β b_{t−1} + g_t (full batch: b = n)', () => {
    const beta = 0.9,
      lr = 0.05;
    const m = scheduledSgd({ lr, batchSize: problem.n, momentum: beta });
    const r = rng(2);
    let s = m.init(problem, Float64Array.from([1, -1]), r);
    // By hand: heavy ball on the full gradient.
    let x = Float64Array.from([1, -1]);
    let buf = new Float64Array(2);
    for (let k = 0; k < 5; k++) {
      s = m.step(problem, s, r).state;
      const g = problem.grad(x);
      buf = Float64Array.from(buf, (v, j) => beta * v + g[j]);
      x = Float64Array.from(x, (v, j) => v - lr * buf[j]);
    }
    [0, 1].forEach((j) => expect(s.x[j]).toBeCloseTo(x[j], 12));
  });

  it('small batches without replacement are uniform b-subsets (rejection path): every pair equally likely', () => {
    const big = leastSquares({
      X: Array.from({ length: 16 }, (_, i) => [i % 4, 1]),
      y: Array.from({ length: 16 }, () => 0),
      l2: 0,
    });
    const m = scheduledSgd({ lr: 0, batchSize: 2 });
    const r = rng(11);
    let s = m.init(big, Float64Array.from([0, 0]), r);
    const counts = new Map<string, number>();
    const draws = 24_000;
    for (let k = 0; k < draws; k++) {
      const out = m.step(big, s, r);
      const [a, b] = [...out.info.indices].sort((x, y) => x - y);
      expect(a).not.toBe(b);
      counts.set(`${a},${b}`, (counts.get(`${a},${b}`) ?? 0) + 1);
      s = out.state;
    }
    expect(counts.size).toBe(120); // C(16, 2)
    const expected = draws / 120;
    for (const c of counts.values()) expect(Math.abs(c - expected)).toBeLessThan(5 * Math.sqrt(expected));
  });

  it('rejects bad options and a non-finite batch', () => {
    expect(() => scheduledSgd({ lr: 0.1, momentum: 1 })).toThrow(/momentum/);
    const m = scheduledSgd({ lr: 0.1, batchSize: () => NaN });
    const r = rng(3);
    expect(() => m.step(problem, m.init(problem, Float64Array.from([0, 0]), r), r)).toThrow(/batchSize\(0\)/);
  });
});
