// Independent answer tests for the momentum problems (issue 19): each answer is recomputed for
// fixed seeds by a route other than the problem's own `answer` (closed forms written out here,
// or hand-rolled loops), answers rounded to the precision the label states are accepted, and
// every listed mistake is rejected with its own feedback.
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../../src/lib/problems/checkAnswer.ts';
import type { Problem, ProblemInstance } from '../../../src/lib/problems/problemTypes.ts';
import effectiveStep from './momentum-effective-step.ts';
import lrChange from './momentum-lr-change.ts';
import optimalBeta from './momentum-optimal-beta.ts';
import stabilityRegime from './momentum-stability-regime.ts';
import stableLr from './momentum-stable-lr.ts';
import stepsToAccuracy from './momentum-steps-to-accuracy.ts';
import twoSteps from './momentum-two-steps.ts';

const SEEDS = [1, 2, 3, 7, 42, 99, 1234, 65_537, 2_024_001, 4_000_000_007 >>> 0];

/** The value a prompt states for a symbol ("\\beta = 0.9" → 0.9), read back from the rendered text. */
function given(text: string, tex: string): number {
  const i = text.indexOf(`${tex} = `);
  expect(i, `"${tex} = " in the prompt`).toBeGreaterThanOrEqual(0);
  return Number(text.slice(i + tex.length + 3).match(/^-?\d+(?:\.\d+)?/)![0]);
}

/** Rounds to n significant figures, as a student typing the stated precision would. */
const roundSig = (x: number, n: number) => Number(x.toPrecision(n));

function expectMistakesRejected(inst: ProblemInstance) {
  inst.mistakes.forEach((m) => {
    const v = m.value;
    if (typeof v === 'number') expect(checkAnswer(inst, String(v))).toMatchObject({ kind: 'mistake', feedback: [m.feedback] });
    else if (Array.isArray(v)) expect(checkAnswer(inst, `[${v.join(', ')}]`)).toMatchObject({ kind: 'mistake', feedback: [m.feedback] });
  });
}

function each(problem: Problem, body: (inst: ProblemInstance) => void) {
  for (const seed of SEEDS) body(problem.instantiate(seed));
}

describe('momentum-effective-step: η/(1 − β), by summing the geometric series by hand', () => {
  it('recomputes the key, accepts 3 significant figures, rejects each mistake with its feedback', () => {
    each(effectiveStep, (inst) => {
      const [beta, lr] = [given(inst.prompt, '\\beta'), given(inst.prompt, '\\eta')];
      let b = 0;
      for (let t = 0; t < 5000; t++) b = beta * b + 1; // PyTorch's buffer with g = 1
      expect(inst.answer.kind === 'number' && inst.answer.value).toBeCloseTo(lr * b, 9);
      expect(checkAnswer(inst, String(roundSig(lr * b, 3)))).toMatchObject({ kind: 'correct' });
      expect(inst.answer.kind === 'number' && inst.answer.label).toMatch(/3 significant/);
      expectMistakesRejected(inst);
    });
  });
  it('states PyTorch’s buffer and names the EMA form in the feedback for η', () => {
    const inst = effectiveStep.instantiate(5);
    expect(inst.prompt).toContain('b_t = \\beta b_{t-1} + g_t');
    expect(inst.prompt).not.toContain('\\alpha');
    expect(inst.mistakes[0].feedback).toMatch(/EMA/);
  });
});

describe('momentum-two-steps: θ₂ = θ₀ − ηg(2 + β), from the closed form', () => {
  it('recomputes the key, accepts 4 significant figures, rejects each mistake', () => {
    each(twoSteps, (inst) => {
      const [x0, lr, beta, g] = ['\\theta_0', '\\eta', '\\beta', 'g_t'].map((t) => given(inst.prompt, t));
      const key = x0 - lr * g * (2 + beta);
      expect(inst.answer.kind === 'number' && inst.answer.value).toBeCloseTo(key, 12);
      expect(checkAnswer(inst, String(roundSig(key, 4)))).toMatchObject({ kind: 'correct' });
      expectMistakesRejected(inst);
      expect(inst.solution).not.toMatch(/\\cdot -/); // negatives are bracketed
    });
  });
});

describe('momentum-optimal-beta: ((√κ − 1)/(√κ + 1))², written out', () => {
  it('recomputes β* and checks that it really minimises the worst spectral radius on a β grid', () => {
    each(optimalBeta, (inst) => {
      const [mu, L] = [given(inst.prompt, '\\mu'), given(inst.prompt, 'L')];
      const sk = Math.sqrt(L / mu);
      const key = ((sk - 1) / (sk + 1)) ** 2;
      expect(inst.answer.kind === 'number' && inst.answer.value).toBeCloseTo(key, 12);
      expect(checkAnswer(inst, String(roundSig(key, 3)))).toMatchObject({ kind: 'correct' });
      expectMistakesRejected(inst);
      // At η* = 4/(√L + √μ)², the heavy-ball radius at λ = μ and λ = L is √β*: |z|² = β for complex roots.
      const eta = 4 / (Math.sqrt(L) + Math.sqrt(mu)) ** 2;
      for (const lam of [mu, L]) {
        const p = 1 + key - eta * lam;
        expect(p * p - 4 * key).toBeLessThan(1e-9); // not strictly real: a (near) double root
      }
    });
  });
});

describe('momentum-steps-to-accuracy: counting steps by repeated multiplication', () => {
  it('recomputes both counts, accepts ±1, rejects each mistake', () => {
    each(stepsToAccuracy, (inst) => {
      const kappa = given(inst.prompt, '\\kappa');
      const digits = Number(inst.prompt.match(/10\^\{-(\d+)\}/)![1]);
      const count = (rho: number) => { let k = 0; let e = 1; while (e > 10 ** -digits) { e *= rho; k++; } return k; };
      const gd = count((kappa - 1) / (kappa + 1));
      const hb = count((Math.sqrt(kappa) - 1) / (Math.sqrt(kappa) + 1));
      expect(inst.answer.kind === 'vector' && inst.answer.value).toEqual([gd, hb]);
      expect(checkAnswer(inst, `[${gd + 1}, ${hb - 1}]`)).toMatchObject({ kind: 'correct' });
      expectMistakesRejected(inst);
    });
  });
});

describe('momentum-stability-regime: classification from the roots, by hand', () => {
  it('the correct option matches the discriminant and |root| test done here; other options give their feedback', () => {
    each(stabilityRegime, (inst) => {
      const [beta, x] = [given(inst.prompt, '\\beta'), given(inst.prompt, '\\eta\\lambda')];
      const p = 1 + beta - x;
      const disc = p * p - 4 * beta;
      const radius = disc < 0 ? Math.sqrt(beta) : (Math.abs(p) + Math.sqrt(disc)) / 2;
      const expected = radius >= 1 ? 'divergent' : disc < 0 ? 'underdamped' : p > 0 ? 'overdamped' : 'flipping';
      if (inst.answer.kind !== 'choice') throw new Error('choice expected');
      expect(inst.answer.options.filter((o) => o.correct).map((o) => o.id)).toEqual([expected]);
      expect(checkAnswer(inst, expected)).toMatchObject({ kind: 'correct' });
      for (const o of inst.answer.options.filter((op) => !op.correct)) expect(checkAnswer(inst, o.id)).toMatchObject({ kind: 'mistake', feedback: [o.feedback] });
    });
  });
  it('over the seeds every regime is the answer somewhere', () => {
    const seen = new Set<string>();
    for (let s = 1; s <= 400; s++) {
      const inst = stabilityRegime.instantiate(s);
      if (inst.answer.kind === 'choice') inst.answer.options.filter((o) => o.correct).forEach((o) => seen.add(o.id));
    }
    expect([...seen].sort()).toEqual(['divergent', 'flipping', 'overdamped', 'underdamped']);
  });
});

describe('momentum-lr-change: both conventions by hand', () => {
  it('recomputes [PyTorch, lr inside], accepts 4 significant figures, rejects each mistake', () => {
    each(lrChange, (inst) => {
      const [beta, lr1, g1, lr2, g2] = ['\\beta', '\\eta_1', 'g_1', '\\eta_2', 'g_2'].map((t) => given(inst.prompt, t));
      const t1 = -lr1 * g1;
      const pt = t1 - lr2 * (beta * g1 + g2);
      const inside = t1 - (beta * lr1 * g1 + lr2 * g2);
      const key = inst.answer.kind === 'vector' ? inst.answer.value : [];
      expect(key[0]).toBeCloseTo(pt, 12);
      expect(key[1]).toBeCloseTo(inside, 12);
      expect(checkAnswer(inst, `[${roundSig(pt, 4)}, ${roundSig(inside, 4)}]`)).toMatchObject({ kind: 'correct' });
      expectMistakesRejected(inst);
    });
  });
});

describe('momentum-stable-lr: (2 + 2β)/L from the Jury condition', () => {
  it('accepts equivalent forms and rejects each listed bound with its feedback', () => {
    each(stableLr, (inst) => {
      const L = given(inst.prompt, 'L');
      expect(checkAnswer(inst, `2*(1+beta)/${L}`)).toMatchObject({ kind: 'correct' });
      expect(checkAnswer(inst, `(2+2*beta)/${L}`)).toMatchObject({ kind: 'correct' });
      const fb = inst.mistakes.map((m) => m.feedback);
      expect(checkAnswer(inst, `2/${L}`)).toMatchObject({ kind: 'mistake', feedback: [fb[0]] });
      expect(checkAnswer(inst, `(2+2*beta)/((1+2*beta)*${L})`)).toMatchObject({ kind: 'mistake', feedback: [fb[1]] });
      expect(checkAnswer(inst, `2/((1-beta)*${L})`)).toMatchObject({ kind: 'mistake', feedback: [fb[2]] });
      expect(checkAnswer(inst, `(1+beta)/${L}`)).toMatchObject({ kind: 'mistake', feedback: [fb[3]] });
    });
  });
});
