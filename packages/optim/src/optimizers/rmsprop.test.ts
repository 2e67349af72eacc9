import { describe, expect, it } from 'vitest';
import { rmsprop } from './rmsprop.ts';
import { expectClose, runTransform, testGrad, theta0 } from '../internal/testing.ts';

type Opts = {
  alpha: number;
  eps: number;
  weightDecay: number;
  momentum: number;
  centered: boolean;
  epsInsideSqrt?: boolean;
};

// torch.optim.RMSprop's documented algorithm (ε inside the root for the optax/TF variant).
function torchRmsprop(lr: (t: number) => number, o: Opts, steps: number): number[][] {
  const th = [...theta0];
  const v = th.map(() => 0);
  const gAve = th.map(() => 0);
  const b = th.map(() => 0);
  const out: number[][] = [];
  for (let t = 1; t <= steps; t++) {
    const grad = testGrad(th);
    const gamma = lr(t - 1);
    for (let i = 0; i < th.length; i++) {
      let g = grad[i];
      if (o.weightDecay !== 0) g = g + o.weightDecay * th[i];
      v[i] = o.alpha * v[i] + (1 - o.alpha) * g * g;
      let vt = v[i];
      if (o.centered) {
        gAve[i] = o.alpha * gAve[i] + (1 - o.alpha) * g;
        vt = vt - gAve[i] * gAve[i];
      }
      const denom = o.epsInsideSqrt ? Math.sqrt(vt + o.eps) : Math.sqrt(vt) + o.eps;
      if (o.momentum > 0) {
        b[i] = o.momentum * b[i] + g / denom;
        th[i] = th[i] - gamma * b[i];
      } else {
        th[i] = th[i] - (gamma * g) / denom;
      }
    }
    out.push([...th]);
  }
  return out;
}

const base: Opts = { alpha: 0.99, eps: 1e-8, weightDecay: 0, momentum: 0, centered: false };
const cases: Opts[] = [
  base,
  { ...base, centered: true },
  { ...base, momentum: 0.9 },
  { ...base, momentum: 0.5, centered: true, weightDecay: 0.05 },
  { ...base, alpha: 0.9, eps: 1e-3, weightDecay: 0.1 },
  { ...base, eps: 1e-2, epsInsideSqrt: true },
];

describe('rmsprop({ lr, alpha, eps, weightDecay, momentum, centered })', () => {
  for (const o of cases) {
    it(`agrees with a scalar transcription of torch.optim.RMSprop's documented algorithm over 60 steps for ${JSON.stringify(o)}`, () => {
      expectClose(
        runTransform(rmsprop({ lr: 0.01, ...o }), 60),
        torchRmsprop(() => 0.01, o, 60),
      );
      const sched = (t: number) => 0.02 / (1 + 0.1 * t);
      expectClose(runTransform(rmsprop({ lr: sched, ...o }), 60), torchRmsprop(sched, o, 60));
    });
  }
  it('rmsprop state exposes v, the centered mean and the momentum buffer', () => {
    const tx = rmsprop({ lr: 0.01, centered: true, momentum: 0.9 });
    const p = Float64Array.from([1]);
    const s = tx.update(Float64Array.from([2]), tx.init(p), p).state;
    expect(s.rms.v[0]).toBeCloseTo(0.04, 15);
    expect(s.rms.gAvg![0]).toBeCloseTo(0.02, 15);
    expect(s.momentum!.buffer[0]).toBeCloseTo(2 / (Math.sqrt(0.04 - 0.0004) + 1e-8), 12);
  });
  it('rmsprop throws RangeError naming the bad option', () => {
    expect(() => rmsprop({ alpha: 1 })).toThrow('rmsprop: alpha must be in [0, 1), got 1');
    expect(() => rmsprop({ momentum: 1.5 })).toThrow(/rmsprop: momentum/);
    expect(() => rmsprop({ eps: -1 })).toThrow(/rmsprop: eps/);
  });
});
