// Independent answer tests for lesson 3's problems (issue 19): every key and listed mistake is
// recomputed here by hand from the variant's params — closed forms written out, or loops that
// iterate the update by hand — never through the problem's own functions or the package routine
// it calls. The shared helper also types the keys rounded to the stated precision.
import { describe, expect, it } from 'vitest';
import { independentAnswerTests, INDEPENDENT_SEEDS } from '../../../src/lib/problems/independentTests.ts';
import effectiveStep from './momentum-effective-step.ts';
import lrChange from './momentum-lr-change.ts';
import optimalBeta from './momentum-optimal-beta.ts';
import stabilityRegime from './momentum-stability-regime.ts';
import stableLr from './momentum-stable-lr.ts';
import stepsToAccuracy from './momentum-steps-to-accuracy.ts';
import twoSteps from './momentum-two-steps.ts';

// PyTorch's buffer with g = 1, summed by hand: b → 1/(1 − β).
const settledBuffer = (beta: number) => {
  let b = 0;
  for (let t = 0; t < 20_000; t++) b = beta * b + 1;
  return b;
};
independentAnswerTests(effectiveStep, {
  key: ({ lr, beta }) => lr * settledBuffer(beta),
  mistakes: [({ lr }) => lr, ({ lr, beta }) => lr * (1 - beta), ({ lr, beta }) => lr / beta],
  mistakeFeedback: [/EMA/, /divides/, /1\/\(1-\\beta\)/],
});

// θ₂ = θ₀ − ηg − ηg(1 + β).
independentAnswerTests(twoSteps, {
  key: ({ lr, beta, g, x0 }) => x0 - lr * g - lr * g * (1 + beta),
  mistakes: [
    ({ lr, g, x0 }) => x0 - lr * g - lr * g,
    ({ lr, beta, g, x0 }) => x0 - lr * (beta * g + g),
    ({ lr, beta, g, x0 }) => x0 + lr * g + lr * g * (1 + beta),
    ({ lr, beta, g, x0 }) => {
      let b = 0;
      let x = x0;
      for (let t = 0; t < 2; t++) {
        b = beta * b + (1 - beta) * g;
        x -= lr * b;
      }
      return x;
    },
  ],
  mistakeFeedback: [/ignores momentum/, /only the second step/, /sign/, /EMA form/],
});

const sqk = ({ mu, L }: { mu: number; L: number }) => Math.sqrt(L / mu);
independentAnswerTests(optimalBeta, {
  key: (p) => ((sqk(p) - 1) / (sqk(p) + 1)) ** 2,
  mistakes: [
    (p) => (sqk(p) - 1) / (sqk(p) + 1),
    (p) => ((p.L / p.mu - 1) / (p.L / p.mu + 1)) ** 2,
    (p) => (p.L / p.mu - 1) / (p.L / p.mu + 1),
    (p) => 1 - 1 / sqk(p),
  ],
  mistakeFeedback: [/rate/, /\\kappa\$ where/, /GD/, /Nesterov/],
});

// Steps by repeated multiplication: the first k with ρᵏ ≤ 10^−d.
const count = (rho: number, digits: number) => {
  let k = 0;
  let e = 1;
  while (e > 10 ** -digits) {
    e *= rho;
    k++;
  }
  return k;
};
const rhoGd = (kappa: number) => (kappa - 1) / (kappa + 1);
const rhoHb = (kappa: number) => (Math.sqrt(kappa) - 1) / (Math.sqrt(kappa) + 1);
independentAnswerTests(stepsToAccuracy, {
  key: ({ kappa, digits }) => [count(rhoGd(kappa), digits), count(rhoHb(kappa), digits)],
  mistakes: [
    ({ kappa, digits }) => [count(rhoGd(kappa), digits), count(rhoHb(kappa) ** 2, digits)],
    ({ kappa, digits }) => [
      Math.ceil(digits / -Math.log(rhoGd(kappa))),
      Math.ceil(digits / -Math.log(rhoHb(kappa))),
    ],
    ({ kappa, digits }) => [count(rhoHb(kappa), digits), count(rhoGd(kappa), digits)],
  ],
  mistakeFeedback: [/\\beta\^\*\$ as the rate/, /logarithms/, /Swapped/],
});

// Regime from the discriminant and root modulus of z² − (1 + β − ηλ)z + β, by hand.
independentAnswerTests(stabilityRegime, {
  key: ({ beta, lrLambda }) => {
    const p = 1 + beta - lrLambda;
    const disc = p * p - 4 * beta;
    const radius = disc < 0 ? Math.sqrt(beta) : (Math.abs(p) + Math.sqrt(disc)) / 2;
    return [radius >= 1 ? 'divergent' : disc < 0 ? 'underdamped' : p > 0 ? 'overdamped' : 'flipping'];
  },
  optionFeedback: {
    overdamped: /\(1-\\sqrt\\beta\)\^2/,
    underdamped: /Complex roots/,
    flipping: /Negative real roots/,
    divergent: /\\eta\\lambda > 2 \+ 2\\beta.*root is \$-1\$/,
  },
});

// Update 1: θ₁ = −η₁g₁ in both; update 2 steps η₂(βg₁ + g₂) (PyTorch) or βη₁g₁ + η₂g₂ (inside).
const pt = ({ lr1, lr2, beta, g1, g2 }: { lr1: number; lr2: number; beta: number; g1: number; g2: number }) =>
  -lr1 * g1 - lr2 * (beta * g1 + g2);
const inside = ({
  lr1,
  lr2,
  beta,
  g1,
  g2,
}: {
  lr1: number;
  lr2: number;
  beta: number;
  g1: number;
  g2: number;
}) => -lr1 * g1 - (beta * lr1 * g1 + lr2 * g2);
independentAnswerTests(lrChange, {
  key: (p) => [pt(p), inside(p)],
  mistakes: [
    (p) => [inside(p), pt(p)],
    (p) => [pt(p), pt(p)],
    (p) => [-(p.lr1 * p.g1 + p.lr2 * p.g2), -(p.lr1 * p.g1 + p.lr2 * p.g2)],
  ],
  mistakeFeedback: [/Swapped/, /constant/, /without momentum/],
});

// Jury: 1 + p + q > 0 with p = 1 + β − ηL, q = β.
independentAnswerTests(stableLr, {
  key:
    ({ L }) =>
    (v) =>
      (2 + 2 * v.beta) / L,
  mistakes: [
    ({ L }) =>
      () =>
        2 / L,
    ({ L }) =>
      (v) =>
        (2 + 2 * v.beta) / ((1 + 2 * v.beta) * L),
    ({ L }) =>
      (v) =>
        2 / ((1 - v.beta) * L),
    ({ L }) =>
      (v) =>
        (1 + v.beta) / L,
  ],
  mistakeFeedback: [/GD’s limit/, /Nesterov/, /effective step/, /Half/],
});

describe('lesson 3 problems: notation and conventions', () => {
  const all = [effectiveStep, lrChange, optimalBeta, stabilityRegime, stableLr, stepsToAccuracy, twoSteps];
  it('use η for the learning rate (never α) in every prompt, hint and solution', () => {
    for (const problem of all) {
      for (const seed of INDEPENDENT_SEEDS.slice(0, 5)) {
        const inst = problem.instantiate(seed);
        for (const text of [inst.prompt, inst.solution, ...inst.hints])
          expect(text, problem.id).not.toMatch(/\\alpha/);
      }
    }
  });
  it('momentum-effective-step states PyTorch’s buffer, as momentum-two-steps does (issue 19, item 4)', () => {
    const a = effectiveStep.instantiate(3).prompt;
    const b = twoSteps.instantiate(3).prompt;
    for (const text of [a, b]) expect(text).toContain('b_1 = g_1$, $b_t = \\beta b_{t-1} + g_t$');
  });
  it('every regime is the answer for some seed of momentum-stability-regime', () => {
    const seen = new Set<string>();
    for (let s = 1; s <= 400; s++) {
      const inst = stabilityRegime.instantiate(s);
      if (inst.answer.kind === 'choice')
        inst.answer.options.filter((o) => o.correct).forEach((o) => seen.add(o.id));
    }
    expect([...seen].sort()).toEqual(['divergent', 'flipping', 'overdamped', 'underdamped']);
  });
  it('momentum-stability-regime never draws ηλ = 2 + 2β, where the error neither converges nor diverges', () => {
    for (let s = 1; s <= 400; s++) {
      const { beta, lrLambda } = stabilityRegime.paramsOf(s);
      expect(Math.abs(lrLambda - (2 + 2 * beta))).toBeGreaterThan(0.001);
      // …and the boundary really is marginal: the roots of z² + (1 + β)z + β are −1 and −β.
      const p = 1 + beta - (2 + 2 * beta);
      expect(p * p - 4 * beta).toBeCloseTo((1 - beta) ** 2, 12);
    }
  });
});
