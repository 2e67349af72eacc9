import { describe, expect, it } from 'vitest';
import { adadelta } from './adadelta.ts';
import { expectClose, runTransform, testGrad, theta0 } from '../internal/testing.ts';

type Opts = { rho: number; eps: number; weightDecay: number };

// torch.optim.Adadelta's documented algorithm, one scalar at a time.
function torchAdadelta(lr: (t: number) => number, o: Opts, steps: number): number[][] {
  const th = [...theta0];
  const v = th.map(() => 0);
  const u = th.map(() => 0);
  const out: number[][] = [];
  for (let t = 1; t <= steps; t++) {
    const grad = testGrad(th);
    const gamma = lr(t - 1);
    for (let i = 0; i < th.length; i++) {
      let g = grad[i];
      if (o.weightDecay !== 0) g = g + o.weightDecay * th[i];
      v[i] = v[i] * o.rho + g * g * (1 - o.rho);
      const dx = (Math.sqrt(u[i] + o.eps) / Math.sqrt(v[i] + o.eps)) * g;
      u[i] = u[i] * o.rho + dx * dx * (1 - o.rho);
      th[i] = th[i] - gamma * dx;
    }
    out.push([...th]);
  }
  return out;
}

const base: Opts = { rho: 0.9, eps: 1e-6, weightDecay: 0 };
const cases: Opts[] = [
  base,
  { ...base, rho: 0.95 },
  { ...base, weightDecay: 0.05 },
  { rho: 0.5, eps: 1e-3, weightDecay: 0.01 },
];

describe('adadelta({ lr, rho, eps, weightDecay })', () => {
  for (const o of cases) {
    it(`agrees with a scalar transcription of torch.optim.Adadelta's documented algorithm over 60 steps for ${JSON.stringify(o)}`, () => {
      expectClose(
        runTransform(adadelta({ ...o }), 60),
        torchAdadelta(() => 1, o, 60),
      );
      expectClose(
        runTransform(adadelta({ lr: 0.5, ...o }), 60),
        torchAdadelta(() => 0.5, o, 60),
      );
      const sched = (t: number) => 2 / (1 + 0.1 * t);
      expectClose(runTransform(adadelta({ lr: sched, ...o }), 60), torchAdadelta(sched, o, 60));
    });
  }
  it('adadelta() uses PyTorch defaults lr = 1, rho = 0.9, eps = 1e-6: first step is g·√ε/√((1−ρ)g² + ε)', () => {
    const tx = adadelta();
    const p = Float64Array.from([0]);
    const r = tx.update(Float64Array.from([2]), tx.init(p), p);
    expect(r.updates[0]).toBeCloseTo(-(2 * Math.sqrt(1e-6)) / Math.sqrt(0.1 * 4 + 1e-6), 15);
    expect(r.state.adadelta.squareAvg[0]).toBeCloseTo(0.4, 15);
    expect(r.state.adadelta.accDelta[0]).toBeCloseTo(0.1 * r.updates[0] ** 2, 18);
  });
  it('adadelta accumulates the step before the lr scales it (PyTorch), so lr = 2 doubles every step of lr = 1 on a fixed gradient stream', () => {
    const run = (lr: number) => {
      const tx = adadelta({ lr });
      const p = Float64Array.from([0]);
      let s = tx.init(p);
      const steps: number[] = [];
      for (const g of [1, -2, 0.5, 3]) {
        const r = tx.update(Float64Array.from([g]), s, p);
        s = r.state;
        steps.push(r.updates[0]);
      }
      return steps;
    };
    const a = run(1);
    const b = run(2);
    a.forEach((x, i) => expect(b[i]).toBeCloseTo(2 * x, 15));
  });
  it('adadelta throws RangeError naming the bad option', () => {
    expect(() => adadelta({ rho: 1 })).toThrow('adadelta: rho must be in [0, 1), got 1');
    expect(() => adadelta({ eps: -1 })).toThrow(/adadelta: eps/);
    expect(() => adadelta({ lr: -1 })).toThrow(/adadelta: lr/);
  });
});
