// Independent answer tests for the capstone's problems: every key and listed mistake is
// recomputed here by hand from the variant's params, never through the package routine the
// problem calls.
import { describe, expect, it } from 'vitest';
import { independentAnswerTests, INDEPENDENT_SEEDS } from '../../../src/lib/problems/independentTests.ts';
import parameterCount from './capstone-parameter-count.ts';
import tinyNetwork from './capstone-tiny-network-output.ts';
import recipeLr from './capstone-recipe-lr.ts';
import lookaheadSync from './capstone-lookahead-sync.ts';
import biasGradient from './capstone-output-bias-gradient.ts';
import divergedRun from './capstone-diverged-run.ts';
import lookaheadContraction from './capstone-lookahead-contraction.ts';
import { logs } from './capstone-diverged-run.ts';

const sigma = (z: number) => 1 / (1 + Math.exp(-z));

independentAnswerTests(parameterCount, {
  key: ({ h1, h2 }) => 2 * h1 + h1 + h1 * h2 + h2 + h2 + 1,
  mistakes: [
    ({ h1, h2 }) => 2 * h1 + h1 * h2 + h2,
    ({ h1, h2 }) => 2 * h1 + h1 * h2 + h2 + h1 + h2,
    ({ h1, h2 }) => 3 + h1 + h2,
  ],
});

// by hand: h_j = tanh(W_j · x + b_j), z = v · h + c, p = σ(z)
const hidden = (p: { w: number[]; b: number[]; x: number[] }) => [
  Math.tanh(p.w[0] * p.x[0] + p.w[1] * p.x[1] + p.b[0]),
  Math.tanh(p.w[2] * p.x[0] + p.w[3] * p.x[1] + p.b[1]),
];
const logitByHand = (p: { w: number[]; b: number[]; v: number[]; c: number; x: number[] }) => {
  const h = hidden(p);
  return p.v[0] * h[0] + p.v[1] * h[1] + p.c;
};
// a slip that lands within 2% of the key is not listed for that variant (NaN)
const apart = (key: number, v: number) => (Math.abs(v - key) <= 0.02 * Math.abs(key) ? NaN : v);
independentAnswerTests(tinyNetwork, {
  key: (p) => sigma(logitByHand(p)),
  mistakes: [
    (p) => apart(sigma(logitByHand(p)), logitByHand(p)),
    (p) =>
      apart(
        sigma(logitByHand(p)),
        sigma(
          p.v[0] * (p.w[0] * p.x[0] + p.w[1] * p.x[1] + p.b[0]) +
            p.v[1] * (p.w[2] * p.x[0] + p.w[3] * p.x[1] + p.b[1]) +
            p.c,
        ),
      ),
  ],
});

// Update t uses the schedule after t − 1 updates (η_t = schedule(t − 1)).
independentAnswerTests(recipeLr, {
  key: ({ lr, warm, total, t }) => (lr * (1 + Math.cos((Math.PI * (t - 1 - warm)) / (total - warm)))) / 2,
  mistakes: [
    ({ lr, total, t }) => (lr * (1 + Math.cos((Math.PI * (t - 1)) / total))) / 2,
    ({ lr, warm, total, t }) => lr * (1 - (t - 1 - warm) / (total - warm)),
    ({ lr }) => lr,
  ],
});

independentAnswerTests(lookaheadSync, {
  key: ({ phi, theta, alpha }) => (1 - alpha) * phi + alpha * theta,
  mistakes: [
    ({ phi, theta, alpha }) => (1 - alpha) * theta + alpha * phi,
    ({ theta }) => theta,
    ({ phi, theta, alpha, k }) => phi + (alpha * (theta - phi)) / k,
  ],
});

independentAnswerTests(biasGradient, {
  key: ({ z, y }) => (sigma(z[0]) - y[0] + sigma(z[1]) - y[1] + sigma(z[2]) - y[2]) / 3,
  mistakes: [
    ({ z, y }) => sigma(z[0]) - y[0] + sigma(z[1]) - y[1] + sigma(z[2]) - y[2],
    ({ z, y }) => (y[0] - sigma(z[0]) + y[1] - sigma(z[1]) + y[2] - sigma(z[2])) / 3,
    ({ z, y }) => (z[0] - y[0] + z[1] - y[1] + z[2] - y[2]) / 3,
  ],
});

independentAnswerTests(divergedRun, {
  key: () => ['big-lr'],
  optionFeedback: { other: /convergence/, noise: /same batches/, neither: /divergence/ },
});

describe('capstone-diverged-run: the text describes the shape the student sees', () => {
  it('says the loss first falls exactly when the logged loss falls at the first logged update', () => {
    let falls = 0;
    for (let seed = 0; seed < 80; seed++) {
      const p = divergedRun.paramsOf(seed);
      const h = logs(p).bad.history;
      const drops = h[1].trainLoss < h[0].trainLoss; // read off the log, by hand
      if (drops) falls++;
      const inst = divergedRun.instantiate(seed);
      const key = inst.answer.kind === 'choice' ? inst.answer.options.find((o) => o.correct)! : null;
      for (const text of [key!.feedback ?? '', inst.solution]) {
        if (drops) expect(text, `seed ${seed}`).toMatch(/first falls/);
        else expect(text, `seed ${seed}`).toMatch(/grows from the first logged update/);
      }
      expect(key!.label).not.toMatch(/each step overshoots/);
    }
    expect(falls).toBeGreaterThan(10); // both shapes occur
    expect(falls).toBeLessThan(70);
  });
});

describe('capstone-diverged-run: the logs show what the key says', () => {
  it('for every fixed seed the large-η run is stopped and the small-η run falls and stays finite', () => {
    for (const seed of INDEPENDENT_SEEDS.slice(0, 12)) {
      const p = divergedRun.paramsOf(seed);
      const { good, bad } = logs(p);
      expect(bad.divergedAt).not.toBeNull();
      expect(good.divergedAt).toBeNull();
      // by hand: the small-η loss at the end is below its start
      expect(good.history[good.history.length - 1].trainLoss).toBeLessThan(good.history[0].trainLoss);
    }
  });
});

// By hand: a cycle multiplies the slow weight by 1 − ω + ω(1 − ηλ)^k (written out as a loop).
const cycle = (lrLambda: number, k: number, omega: number) => {
  let fast = 1;
  for (let i = 0; i < k; i++) fast -= lrLambda * fast;
  return 1 - omega + omega * fast;
};
independentAnswerTests(lookaheadContraction, {
  key:
    ({ lrLambda, k, omega }) =>
    (v) =>
      cycle(lrLambda, k, omega) ** Math.round(v.n),
  mistakes: [
    ({ lrLambda, k }) =>
      (v) =>
        cycle(lrLambda, k, 1) ** v.n,
    ({ lrLambda, k, omega }) =>
      (v) =>
        (cycle(lrLambda, k, omega) - (1 - omega)) ** v.n,
    ({ lrLambda, k, omega }) =>
      (v) =>
        cycle(lrLambda, 1, omega) ** (k * v.n),
  ],
  mistakeFeedback: [/SGD alone/, /towards/, /every SGD step/],
});
