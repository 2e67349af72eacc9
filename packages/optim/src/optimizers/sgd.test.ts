import { describe, expect, it } from 'vitest';
import { sgd } from './sgd.ts';
import { applyUpdates } from '../transforms/applyUpdates.ts';
import { expectClose, runTransform, testGrad, theta0 } from '../internal/testing.ts';

type Opts = { momentum: number; dampening: number; nesterov: boolean; weightDecay: number };

// Straight from the torch.optim.SGD pseudo-code, scalar loops, no package code.
function torchSgd(lr: (t: number) => number, o: Opts, steps: number): number[][] {
  const th = [...theta0];
  const b = th.map(() => 0);
  const out: number[][] = [];
  for (let t = 1; t <= steps; t++) {
    const grad = testGrad(th);
    const gamma = lr(t - 1);
    for (let i = 0; i < th.length; i++) {
      let g = grad[i];
      if (o.weightDecay !== 0) g = g + o.weightDecay * th[i];
      if (o.momentum !== 0) {
        b[i] = t > 1 ? o.momentum * b[i] + (1 - o.dampening) * g : g;
        g = o.nesterov ? g + o.momentum * b[i] : b[i];
      }
      th[i] = th[i] - gamma * g;
    }
    out.push([...th]);
  }
  return out;
}

// Sutskever et al. (2013) / Keras form: the lr multiplies the gradient inside the buffer.
function lrInside(lr: (t: number) => number, o: Opts, steps: number): number[][] {
  const th = [...theta0];
  const v = th.map(() => 0);
  const out: number[][] = [];
  for (let t = 1; t <= steps; t++) {
    const grad = testGrad(th);
    const gamma = lr(t - 1);
    for (let i = 0; i < th.length; i++) {
      const g = grad[i] + o.weightDecay * th[i];
      v[i] = t > 1 ? o.momentum * v[i] + (1 - o.dampening) * gamma * g : gamma * g;
      th[i] -= o.nesterov ? gamma * g + o.momentum * v[i] : v[i];
    }
    out.push([...th]);
  }
  return out;
}

const cases: Opts[] = [
  { momentum: 0, dampening: 0, nesterov: false, weightDecay: 0 },
  { momentum: 0, dampening: 0, nesterov: false, weightDecay: 0.05 },
  { momentum: 0.9, dampening: 0, nesterov: false, weightDecay: 0 },
  { momentum: 0.9, dampening: 0.3, nesterov: false, weightDecay: 0.01 },
  { momentum: 0.8, dampening: 0, nesterov: true, weightDecay: 0 },
  { momentum: 0.8, dampening: 0, nesterov: true, weightDecay: 0.02 },
];
const constant = () => 0.03;
const decaying = (t: number) => 0.05 * 0.97 ** t;

describe('sgd({ lr, momentum, dampening, nesterov, weightDecay })', () => {
  for (const o of cases) {
    it(`agrees with a scalar transcription of torch.optim.SGD's documented algorithm over 60 steps for ${JSON.stringify(o)} (constant and scheduled lr)`, () => {
      expectClose(runTransform(sgd({ lr: 0.03, ...o }), 60), torchSgd(constant, o, 60));
      expectClose(runTransform(sgd({ lr: decaying, ...o }), 60), torchSgd(decaying, o, 60));
    });
  }
  for (const o of cases.filter((c) => c.momentum > 0)) {
    it(`sgd({ lrInsideMomentum: true }) matches the Sutskever form for ${JSON.stringify(o)}`, () => {
      expectClose(
        runTransform(sgd({ lr: decaying, ...o, lrInsideMomentum: true }), 60),
        lrInside(decaying, o, 60),
      );
    });
  }
  it('sgd({ lrInsideMomentum }) equals the PyTorch form for a constant lr but not for a schedule', () => {
    const o = { momentum: 0.9, dampening: 0, nesterov: false, weightDecay: 0 };
    const a = runTransform(sgd({ lr: 0.03, momentum: 0.9, lrInsideMomentum: true }), 60);
    expectClose(a, torchSgd(constant, o, 60), 1e-12);
    const b = runTransform(sgd({ lr: decaying, momentum: 0.9, lrInsideMomentum: true }), 60);
    const c = runTransform(sgd({ lr: decaying, momentum: 0.9 }), 60);
    expect(Math.abs(b[59][0] - c[59][0])).toBeGreaterThan(1e-4);
  });
  it('sgd state exposes the momentum buffer and the current lr', () => {
    const tx = sgd({ lr: decaying, momentum: 0.9 });
    const p = Float64Array.from([1, 2]);
    let s = tx.init(p);
    expect(s.lr).toEqual({ count: 0, lr: 0.05 });
    s = tx.update(Float64Array.from([0.5, -1]), s, p).state;
    expect(Array.from(s.momentum!.buffer)).toEqual([0.5, -1]);
    expect(s.lr.count).toBe(1);
    expect(s.lr.lr).toBeCloseTo(0.05 * 0.97, 15);
  });
  it('sgd throws RangeError naming the bad option', () => {
    expect(() => sgd({ lr: -1 })).toThrow(/sgd: lr must be a finite number ≥ 0, got -1/);
    expect(() => sgd({ lr: NaN })).toThrow(RangeError);
    expect(() => sgd({ lr: 0.1, momentum: 1 })).toThrow(/sgd: momentum must be in \[0, 1\), got 1/);
    expect(() => sgd({ lr: 0.1, momentum: -0.1 })).toThrow(/momentum/);
    expect(() => sgd({ lr: 0.1, nesterov: true })).toThrow(/nesterov/);
    expect(() => sgd({ lr: 0.1, weightDecay: Infinity })).toThrow(/weightDecay/);
    expect(() => sgd({ lr: 0.1, dampening: 2 })).toThrow(/dampening/);
  });
  it('sgd update throws RangeError on a gradient of the wrong length', () => {
    const tx = sgd({ lr: 0.1, momentum: 0.5 });
    const p = Float64Array.from([1, 2]);
    expect(() => tx.update(Float64Array.from([1, 2, 3]), tx.init(p), p)).toThrow(
      /grads has length 3, expected 2/,
    );
    expect(() => applyUpdates(p, Float64Array.from([1]))).toThrow(
      /applyUpdates: updates has length 1, expected 2/,
    );
  });
  it('sgd with a schedule returning NaN throws a RangeError naming the step', () => {
    const tx = sgd({ lr: (t) => (t < 2 ? 0.1 : NaN) });
    const p = Float64Array.from([1]);
    let s = tx.init(p);
    s = tx.update(p, s, p).state;
    expect(() => tx.update(p, s, p)).toThrow(/lr\(2\) must be a finite number/);
  });
});
