import { describe, expect, it } from 'vitest';
import { adagrad } from './adagrad.ts';
import { expectClose, runTransform, testGrad, theta0 } from '../internal/testing.ts';

type Opts = {
  lrDecay: number;
  weightDecay: number;
  initialAccumulatorValue: number;
  eps: number;
  epsInsideSqrt?: boolean;
};

// torch.optim.Adagrad's documented algorithm (ε inside the root for the optax/Keras variant).
function torchAdagrad(lr: (t: number) => number, o: Opts, steps: number): number[][] {
  const th = [...theta0];
  const s = th.map(() => o.initialAccumulatorValue);
  const out: number[][] = [];
  for (let t = 1; t <= steps; t++) {
    const grad = testGrad(th);
    const clr = lr(t - 1) / (1 + (t - 1) * o.lrDecay);
    for (let i = 0; i < th.length; i++) {
      let g = grad[i];
      if (o.weightDecay !== 0) g = g + o.weightDecay * th[i];
      s[i] = s[i] + g * g;
      th[i] = th[i] - (clr * g) / (o.epsInsideSqrt ? Math.sqrt(s[i] + o.eps) : Math.sqrt(s[i]) + o.eps);
    }
    out.push([...th]);
  }
  return out;
}

const base: Opts = { lrDecay: 0, weightDecay: 0, initialAccumulatorValue: 0, eps: 1e-10 };
const cases: Opts[] = [
  base,
  { ...base, lrDecay: 0.05 },
  { ...base, weightDecay: 0.1 },
  { ...base, initialAccumulatorValue: 0.5, eps: 1e-3 },
  { lrDecay: 0.01, weightDecay: 0.02, initialAccumulatorValue: 0.1, eps: 1e-6 },
  { ...base, eps: 0.1, epsInsideSqrt: true },
];

describe('adagrad({ lr, lrDecay, weightDecay, initialAccumulatorValue, eps })', () => {
  for (const o of cases) {
    it(`agrees with a scalar transcription of torch.optim.Adagrad's documented algorithm over 60 steps for ${JSON.stringify(o)}`, () => {
      expectClose(
        runTransform(adagrad({ lr: 0.5, ...o }), 60),
        torchAdagrad(() => 0.5, o, 60),
      );
      const sched = (t: number) => 0.5 * 0.95 ** t;
      expectClose(runTransform(adagrad({ lr: sched, ...o }), 60), torchAdagrad(sched, o, 60));
    });
  }
  it('adagrad state.lr.lr is the decayed rate of the next update', () => {
    const tx = adagrad({ lr: 1, lrDecay: 0.5 });
    const p = Float64Array.from([1]);
    const s = tx.update(p, tx.init(p), p).state;
    expect(s.lr.lr).toBeCloseTo(1 / 1.5, 15);
    expect(s.rss.sum[0]).toBe(1);
  });
  it('adagrad throws RangeError naming the bad option', () => {
    expect(() => adagrad({ lrDecay: -1 })).toThrow(/adagrad: lrDecay/);
    expect(() => adagrad({ initialAccumulatorValue: -1 })).toThrow(/adagrad: initialAccumulatorValue/);
    expect(() => adagrad({ lr: Infinity })).toThrow(/adagrad: lr/);
  });
});
