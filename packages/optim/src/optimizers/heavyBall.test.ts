import { describe, expect, it } from 'vitest';
import { heavyBall } from './heavyBall.ts';
import { sgd } from './sgd.ts';
import { expectClose, runTransform, testGrad, theta0 } from '../internal/testing.ts';

// Polyak's classical form: v ← βv + η_t g, θ ← θ − v.
function classical(lr: (t: number) => number, beta: number, steps: number): number[][] {
  const th = [...theta0];
  const v = th.map(() => 0);
  const out: number[][] = [];
  for (let t = 0; t < steps; t++) {
    const g = testGrad(th);
    for (let i = 0; i < th.length; i++) {
      v[i] = beta * v[i] + lr(t) * g[i];
      th[i] -= v[i];
    }
    out.push([...th]);
  }
  return out;
}

describe('heavyBall({ lr, beta })', () => {
  it('matches the classical v ← βv + ηg, θ ← θ − v over 60 steps', () => {
    expectClose(
      runTransform(heavyBall({ lr: 0.03, beta: 0.9 }), 60),
      classical(() => 0.03, 0.9, 60),
    );
    const sched = (t: number) => 0.05 * 0.95 ** t;
    expectClose(runTransform(heavyBall({ lr: sched, beta: 0.7 }), 60), classical(sched, 0.7, 60));
  });
  it('heavyBall equals sgd({ momentum }) (PyTorch’s buffer) for a constant lr and differs under a schedule', () => {
    expectClose(
      runTransform(heavyBall({ lr: 0.03, beta: 0.9 }), 60),
      runTransform(sgd({ lr: 0.03, momentum: 0.9 }), 60),
      1e-12,
    );
    const sched = (t: number) => 0.05 * 0.9 ** t;
    const a = runTransform(heavyBall({ lr: sched, beta: 0.9 }), 60);
    const b = runTransform(sgd({ lr: sched, momentum: 0.9 }), 60);
    expect(Math.abs(a[59][0] - b[59][0])).toBeGreaterThan(1e-3);
  });
  it('heavyBall throws RangeError naming the bad option', () => {
    expect(() => heavyBall({ lr: 0.1, beta: 1 })).toThrow('heavyBall: beta must be in [0, 1), got 1');
    expect(() => heavyBall({ lr: -0.1 })).toThrow(/heavyBall: lr/);
  });
});
