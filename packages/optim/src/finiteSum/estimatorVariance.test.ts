import { describe, expect, it } from 'vitest';
import { estimatorVariance } from './estimatorVariance.ts';
import { logisticRegression } from './logisticRegression.ts';
import { makeClassification } from './makeClassification.ts';
import { referenceOptimum } from './referenceOptimum.ts';
import { saga } from './saga.ts';
import { svrg } from './svrg.ts';
import { sgdSampler } from './sgdSampler.ts';
import { rng } from '../rng.ts';
import type { FiniteSumMethod, MethodState } from './types.ts';

const problem = logisticRegression({ ...makeClassification({ n: 30, d: 4, seed: 2 }), l2: 0.05 });
const x0 = new Float64Array(4).fill(0.3);
const lr = 1 / (3 * problem.lipschitzMax);

/** Monte-Carlo-free check: the variance from the definition, by drawing every i once. */
function bruteForce(estimate: (i: number) => Float64Array, full: Float64Array): number {
  let t = 0;
  for (let i = 0; i < problem.n; i++) {
    const g = estimate(i);
    for (let j = 0; j < g.length; j++) t += (g[j] - full[j]) ** 2;
  }
  return t / problem.n;
}

function runSteps<S extends MethodState>(method: FiniteSumMethod<S>, steps: number): S {
  const r = rng(7);
  let s = method.init(problem, x0, r);
  for (let k = 0; k < steps; k++) s = method.step(problem, s, r).state;
  return s;
}

describe('estimatorVariance(problem, state)', () => {
  it('equals (1/n) Σ‖∇f_i(x) − ∇f(x)‖² for an SGD state', () => {
    const s = runSteps(sgdSampler({ lr }), 5);
    const full = problem.grad(s.x);
    expect(estimatorVariance(problem, s)).toBeCloseTo(
      bruteForce((i) => problem.gradI(i, s.x), full),
      14,
    );
  });

  it('equals the spread of ∇f_i(x) − ∇f_i(w̃) + ∇f(w̃) for an SVRG state', () => {
    const s = runSteps(svrg({ lr, innerSteps: 20 }), 9);
    const w = s.snapshotX!;
    const mu = s.snapshotGrad!;
    const full = problem.grad(s.x);
    const expected = bruteForce((i) => {
      const a = problem.gradI(i, s.x);
      const b = problem.gradI(i, w);
      return a.map((v, j) => v - b[j] + mu[j]);
    }, full);
    expect(estimatorVariance(problem, s)).toBeCloseTo(expected, 14);
    expect(expected).toBeGreaterThan(0);
  });

  it('equals the spread of ∇f_i(x) − φ_i + mean(φ) for a SAGA state', () => {
    const s = runSteps(saga({ lr }), 40);
    const full = problem.grad(s.x);
    const expected = bruteForce((i) => {
      const a = problem.gradI(i, s.x);
      return a.map((v, j) => v - s.table[i][j] + s.tableMean[j]);
    }, full);
    expect(estimatorVariance(problem, s)).toBeCloseTo(expected, 14);
  });

  it('is zero for SVRG right after a snapshot and for SAGA right after a full table initialisation', () => {
    expect(estimatorVariance(problem, runSteps(svrg({ lr }), 1))).toBeLessThan(1e-28);
    expect(estimatorVariance(problem, saga({ lr }).init(problem, x0, rng(1)))).toBeLessThan(1e-28);
  });

  it('tends to zero for SAGA and SVRG near x* while SGD keeps the variance σ*² of the gradients at x*', () => {
    const star = referenceOptimum(problem).x;
    const sgdAtStar = estimatorVariance(problem, { x: star, gradEvals: 0, steps: 0 });
    expect(sgdAtStar).toBeGreaterThan(1e-3);
    const sagaRun = runSteps(saga({ lr }), 30 * problem.n);
    const svrgRun = runSteps(svrg({ lr }), 30 * problem.n);
    expect(estimatorVariance(problem, sagaRun)).toBeLessThan(1e-12);
    expect(estimatorVariance(problem, svrgRun)).toBeLessThan(1e-12);
  });
});
