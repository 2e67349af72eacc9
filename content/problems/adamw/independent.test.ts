// Independent answer tests for lesson 5's problems (issue 19): every key and listed mistake is
// recomputed here by hand from the variant's params, never through the problem's own functions
// or the package routine it calls.
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../../src/lib/problems/checkAnswer.ts';
import { independentAnswerTests } from '../../../src/lib/problems/independentTests.ts';
import vsL2 from './adamw-vs-adam-l2.ts';
import fromMoments from './adamw-update-from-moments.ts';
import equivalentSchedule from './sgd-l2-equivalent-schedule.ts';
import effectiveDecay from './adam-l2-effective-decay.ts';
import lrHalved from './adamw-lr-halved.ts';
import whichDecoupled from './which-decay-is-decoupled.ts';
import paperToPytorch from './adamw-paper-to-pytorch.ts';
import { adamw, adamwPaper, applyUpdates, type Vec } from '@descent/optim';

const EPS = 1e-8;
/** Adam's first step on a gradient u from m₀ = v₀ = 0: −η·u/(|u| + ε) (bias correction cancels). */
const firstAdam = (lr: number, u: number) => (-lr * u) / (Math.abs(u) + EPS);

type VsL2 = { x0: number; g: number; lr: number; wd: number };
const adamwByHand = ({ x0, g, lr, wd }: VsL2) => x0 * (1 - lr * wd) + firstAdam(lr, g);
const l2ByHand = ({ x0, g, lr, wd }: VsL2) => x0 + firstAdam(lr, g + wd * x0);
independentAnswerTests(vsL2, {
  key: (p) => [adamwByHand(p), l2ByHand(p)],
  mistakes: [
    (p) => [l2ByHand(p), adamwByHand(p)],
    (p) => [p.x0 - p.lr * Math.sign(p.g), l2ByHand(p)],
    (p) => [adamwByHand(p), p.x0 * (1 - p.lr * p.wd) - p.lr * Math.sign(p.g + p.wd * p.x0)],
  ],
});

describe('adamw-vs-adam-l2 (issue 19, item 5)', () => {
  it('accepts the 4-significant-figure answer the review found rejected (seed 683129967)', () => {
    const inst = vsL2.instantiate(683129967);
    const p = vsL2.paramsOf(683129967);
    const typed = `[${Number(adamwByHand(p).toPrecision(4))}, ${Number(l2ByHand(p).toPrecision(4))}]`;
    expect(checkAnswer(inst, typed).kind).toBe('correct');
  });
  it('never draws g₁ + λθ₀ = 0, where Adam + L2’s first step is 0 rather than ±η', () => {
    for (let seed = 0; seed < 2000; seed++) {
      const p = vsL2.paramsOf(seed);
      expect(p.g + p.wd * p.x0, `seed ${seed}`).not.toBe(0);
    }
  });
});

type Moments = { g1: number; g2: number; theta1: number; lr: number; wd: number };
// Written out: m₂ = 0.9·(0.1 g₁) + 0.1 g₂, v₂ = 0.999·(0.001 g₁²) + 0.001 g₂², t = 2.
const mom = ({ g1, g2 }: Moments) => ({ m: 0.09 * g1 + 0.1 * g2, v: 0.000999 * g1 * g1 + 0.001 * g2 * g2 });
const adamStep2 = (p: Moments) => {
  const { m, v } = mom(p);
  return (-p.lr * (m / 0.19)) / (Math.sqrt(v / 0.001999) + EPS);
};
independentAnswerTests(fromMoments, {
  key: (p) => -p.lr * p.wd * p.theta1 + adamStep2(p),
  mistakes: [
    (p) => adamStep2(p),
    (p) => -p.wd * p.theta1 + adamStep2(p),
    (p) => {
      const { m, v } = mom(p);
      return -p.lr * p.wd * p.theta1 - (p.lr * m) / (Math.sqrt(v) + EPS);
    },
  ],
});

type Sched = { lambda: number; lr0: number; drop: number; t: number };
const etaHere = ({ lr0, drop, t }: Sched) => (t > drop ? lr0 * 0.1 : lr0);
independentAnswerTests(equivalentSchedule, {
  key: (p) => p.lambda / etaHere(p),
  mistakes: [(p) => p.lambda / p.lr0, (p) => p.lambda, (p) => p.lambda * etaHere(p)],
});

independentAnswerTests(effectiveDecay, {
  key: ({ lr, wd, vHat }) => (lr * wd) / (Math.sqrt(vHat) + EPS),
  mistakes: [
    ({ lr, wd }) => lr * wd,
    ({ lr, wd, vHat }) => (lr * wd) / vHat,
    ({ wd, vHat }) => wd / Math.sqrt(vHat),
  ],
});

independentAnswerTests(lrHalved, {
  key: ({ lr, wd, steps }) => Math.pow(1 - (lr / 2) * wd, steps),
  mistakes: [
    ({ lr, wd, steps }) => Math.pow(1 - lr * wd, steps),
    ({ lr, wd, steps }) => Math.pow(1 - 2 * lr * wd, steps),
    ({ lr, wd, steps }) => 1 - steps * (lr / 2) * wd,
  ],
});

independentAnswerTests(whichDecoupled, {
  key: () => ['torch-adamw', 'optax-adamw', 'keras-adam'],
  optionFeedback: {
    'torch-adam': /coupled L2/,
    'optax-chain-before': /before\* Adam/,
    'loss-penalty': /L2 regularisation/,
  },
});

// Second route: run the package's paper-form AdamW and PyTorch-form AdamW side by side with the
// converted weight_decay; the trajectories must agree step by step.

independentAnswerTests(paperToPytorch, {
  key:
    ({ lambda }) =>
    (v) =>
      lambda / v.eta,
  mistakes: [
    ({ lambda }) =>
      () =>
        lambda,
    ({ lambda }) =>
      (v) =>
        lambda * v.eta,
    ({ lambda }) =>
      (v) =>
        v.eta / lambda,
  ],
  mistakeFeedback: [/multiplied by the learning rate/, /divide by/, /Upside down/],
});

describe('adamw-paper-to-pytorch: PyTorch’s AdamW with λ_paper/η retraces the paper’s AdamW', () => {
  it('agrees to 1e-12 over 50 steps on a drifting gradient stream, for several η', () => {
    for (const seed of [1, 2, 3]) {
      const { lambda } = paperToPytorch.paramsOf(seed);
      for (const lr of [1e-4, 1e-3, 5e-3]) {
        const a = adamw({ lr, weightDecay: lambda / lr });
        const b = adamwPaper({ lr, weightDecay: lambda });
        let xa: Vec = Float64Array.from([1, -2]);
        let xb: Vec = Float64Array.from([1, -2]);
        let sa = a.init(xa);
        let sb = b.init(xb);
        for (let t = 1; t <= 50; t++) {
          const g = Float64Array.from([Math.sin(t), 0.3 * Math.cos(2 * t)]);
          const ra = a.update(g, sa, xa);
          const rb = b.update(g, sb, xb);
          xa = applyUpdates(xa, ra.updates);
          xb = applyUpdates(xb, rb.updates);
          sa = ra.state;
          sb = rb.state;
        }
        xa.forEach((v, i) => expect(v).toBeCloseTo(xb[i], 12));
      }
    }
  });
});
