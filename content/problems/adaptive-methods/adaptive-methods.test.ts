// Independent answer tests for the adaptive-methods problems: every key recomputed by hand from
// the published algorithms (not through the problem's own `answer`), answers rounded to the
// stated precision accepted, and every listed mistake rejected with its own feedback.
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../../src/lib/problems/checkAnswer.ts';
import type { ProblemInstance } from '../../../src/lib/problems/problemTypes.ts';
import adamFirstStep from './adam-first-step.ts';
import adamSecondStep from './adam-second-step.ts';
import adamFactor from './adam-bias-correction-factor.ts';
import adamSteps from './adam-bias-correction-steps.ts';
import adagradExpression from './adagrad-decay-expression.ts';
import adadeltaFirst from './adadelta-first-step.ts';
import clipNorm from './grad-clip-global-norm.ts';
import largerStep from './adaptive-larger-step.ts';

const SEEDS = Array.from({ length: 60 }, (_, k) => (Math.imul(k + 7, 0x85ebca6b) >>> 0));
const sig3 = (x: number) => Number(x.toPrecision(3));

function keyOf(inst: ProblemInstance): number {
  if (inst.answer.kind !== 'number') throw new Error('not a number problem');
  return inst.answer.value;
}

function expectMistakesRejected(inst: ProblemInstance) {
  for (const m of inst.mistakes) {
    if (typeof m.value === 'number') {
      if (Number.isNaN(m.value)) continue;
      expect(checkAnswer(inst, String(m.value))).toMatchObject({ kind: 'mistake', feedback: [m.feedback] });
    } else if (Array.isArray(m.value)) {
      expect(checkAnswer(inst, `[${m.value.join(', ')}]`)).toMatchObject({ kind: 'mistake', feedback: [m.feedback] });
    }
  }
}

/** Kingma & Ba's Algorithm 1 on a scalar stream (PyTorch's ε placement): θ after the stream. */
function adamByHand(gs: number[], lr: number): number {
  let m = 0;
  let v = 0;
  let theta = 0;
  gs.forEach((g, k) => {
    const t = k + 1;
    m = 0.9 * m + 0.1 * g;
    v = 0.999 * v + 0.001 * g * g;
    theta -= (lr * (m / (1 - 0.9 ** t))) / (Math.sqrt(v / (1 - 0.999 ** t)) + 1e-8);
  });
  return theta;
}

describe('adaptive-methods problems: independent answers', () => {
  it('adam-first-step: the key is −η g/(|g| + 1e-8); 3-significant-figure answers pass; mistakes get their feedback', () => {
    for (const seed of SEEDS) {
      const inst = adamFirstStep.instantiate(seed);
      const [lr, g] = [...inst.prompt.matchAll(/\\eta = ([\d.]+)\$|g_1 = (-?[\d.]+)\$/g)].reduce<[number, number]>((acc, m) => (m[1] ? [Number(m[1]), acc[1]] : [acc[0], Number(m[2])]), [NaN, NaN]);
      expect(keyOf(inst)).toBeCloseTo((-lr * g) / (Math.abs(g) + 1e-8), 12);
      expect(checkAnswer(inst, String(sig3(keyOf(inst)))).kind).toBe('correct');
      expectMistakesRejected(inst);
    }
  });

  it('adam-second-step: the key equals a hand-written Adam on (g₁, g₂); rounded answers pass', () => {
    for (const seed of SEEDS) {
      const inst = adamSecondStep.instantiate(seed);
      const lr = Number(inst.prompt.match(/\\eta = ([\d.]+)\$/)![1]);
      const g1 = Number(inst.prompt.match(/g_1 = (-?[\d.]+)\$/)![1]);
      const g2 = Number(inst.prompt.match(/g_2 = (-?[\d.]+)\$/)![1]);
      expect(keyOf(inst)).toBeCloseTo(adamByHand([g1, g2], lr) - adamByHand([g1], lr), 12);
      expect(checkAnswer(inst, String(sig3(keyOf(inst)))).kind).toBe('correct');
      expect(checkAnswer(inst, String(-keyOf(inst))).kind).toBe('mistake');
      expectMistakesRejected(inst);
    }
  });

  it('adam-bias-correction-factor: the key is 1/(1 − β₂ᵗ) by exp/log; the approximation 1/(t(1−β₂)) is rejected where it is off at 3 figures', () => {
    let approxListed = 0;
    for (const seed of SEEDS) {
      const inst = adamFactor.instantiate(seed);
      const beta2 = Number(inst.prompt.match(/\\beta_2 = ([\d.]+)\$/)![1]);
      const t = Number(inst.prompt.match(/t = (\d+)\$/)![1]);
      const key = 1 / (1 - Math.exp(t * Math.log(beta2)));
      expect(keyOf(inst)).toBeCloseTo(key, 6);
      expect(checkAnswer(inst, String(sig3(key))).kind).toBe('correct');
      const approx = 1 / (t * (1 - beta2));
      const verdict = checkAnswer(inst, String(approx));
      // Either the approximation is right to the stated precision (then it must pass) or it is a listed mistake.
      if (Math.abs(sig3(approx) - sig3(key)) === 0) expect(verdict.kind).toBe('correct');
      else if (verdict.kind === 'mistake') approxListed++;
      expectMistakesRejected(inst);
    }
    expect(approxListed).toBeGreaterThan(0);
  });

  it('adam-bias-correction-steps: the key is the smallest t with βᵗ < tol/(1 + tol), found by a plain loop', () => {
    for (const seed of SEEDS) {
      const inst = adamSteps.instantiate(seed);
      const beta = Number(inst.prompt.match(/\\beta = ([\d.]+)\$/)![1]);
      const bound = Number(inst.prompt.match(/below \$([\d.]+)\$/)![1]);
      let t = 1;
      while (1 / (1 - beta ** t) >= bound) t++;
      expect(keyOf(inst)).toBe(t);
      expect(checkAnswer(inst, String(t)).kind).toBe('correct');
      expect(checkAnswer(inst, String(t + 1)).kind).not.toBe('correct');
      expectMistakesRejected(inst);
    }
  });

  it('adagrad-decay-expression: η/√t, t^(-1/2) and sqrt(1/t) forms pass; η/t gets its feedback', () => {
    for (const seed of SEEDS.slice(0, 20)) {
      const inst = adagradExpression.instantiate(seed);
      const lr = Number(inst.prompt.match(/\\eta = ([\d.]+)\$/)![1]);
      for (const typed of [`${lr}/sqrt(t)`, `${lr}*t^(-1/2)`, `${lr}*sqrt(1/t)`]) expect(checkAnswer(inst, typed).kind).toBe('correct');
      expect(checkAnswer(inst, `${lr}/t`)).toMatchObject({ kind: 'mistake' });
      expect(checkAnswer(inst, `${lr}`)).toMatchObject({ kind: 'mistake' });
    }
  });

  it('adadelta-first-step: the key is −g√ε/√((1 − ρ)g² + ε) from PyTorch’s documented rule', () => {
    for (const seed of SEEDS) {
      const inst = adadeltaFirst.instantiate(seed);
      const rho = Number(inst.prompt.match(/\\rho = ([\d.]+)\$/)![1]);
      const g = Number(inst.prompt.match(/g_1 = (-?[\d.]+)\$/)![1]);
      const key = (-g * Math.sqrt(1e-6)) / Math.sqrt((1 - rho) * g * g + 1e-6);
      expect(keyOf(inst)).toBeCloseTo(key, 14);
      expect(checkAnswer(inst, String(sig3(key))).kind).toBe('correct');
      expectMistakesRejected(inst);
    }
  });

  it('grad-clip-global-norm: the key is g·c/(‖g‖ + 1e-6), by hand; components to 3 figures pass', () => {
    for (const seed of SEEDS) {
      const inst = clipNorm.instantiate(seed);
      const m = inst.prompt.match(/g = \((-?\d+), (-?\d+), (-?\d+)\)/)!;
      const g = [Number(m[1]), Number(m[2]), Number(m[3])];
      const c = Number(inst.prompt.match(/max_norm=(\d+)/)![1]);
      const n = Math.sqrt(g[0] ** 2 + g[1] ** 2 + g[2] ** 2);
      const key = g.map((x) => (x * c) / (n + 1e-6));
      if (inst.answer.kind !== 'vector') throw new Error('vector expected');
      inst.answer.value.forEach((x, i) => expect(x).toBeCloseTo(key[i], 12));
      expect(checkAnswer(inst, `[${key.map(sig3).join(', ')}]`).kind).toBe('correct');
      expectMistakesRejected(inst);
    }
  });

  it('adaptive-larger-step: the correct option names the parameter with the smaller gradient, by hand', () => {
    for (const seed of SEEDS.slice(0, 30)) {
      const inst = largerStep.instantiate(seed);
      const m = inst.prompt.match(/gradient is always \$([\d.]+)\$ and .*? is always \$([\d.]+)\$/)!;
      const [a, b] = [Number(m[1]), Number(m[2])];
      if (inst.answer.kind !== 'choice') throw new Error('choice expected');
      const correct = inst.answer.options.find((o) => o.correct)!;
      expect(correct.label.startsWith(a < b ? 'θ₁' : 'θ₂')).toBe(true);
      expect(checkAnswer(inst, correct.id).kind).toBe('correct');
      for (const o of inst.answer.options.filter((x) => !x.correct)) expect(checkAnswer(inst, o.id)).toMatchObject({ kind: 'mistake', feedback: [o.feedback] });
    }
  });
});
