import { describe, expect, it } from 'vitest';
import { runFiniteSum } from './runFiniteSum.ts';
import { logisticRegression } from './logisticRegression.ts';
import { leastSquares } from './leastSquares.ts';
import { makeClassification } from './makeClassification.ts';
import { makeRegression } from './makeRegression.ts';
import { referenceOptimum } from './referenceOptimum.ts';
import { saga } from './saga.ts';
import { svrg } from './svrg.ts';
import { sgdSampler } from './sgdSampler.ts';
import { rng } from '../rng.ts';
import type { FiniteSumMethod, MethodState } from './types.ts';
import { solve } from '../internal/linalg.ts';

const data = makeClassification({ n: 200, d: 10, seed: 1 });
const problem = logisticRegression({ ...data, l2: 1e-2 });
const x0 = new Float64Array(10);
const fStar = referenceOptimum(problem).value;
const lr = 1 / (3 * problem.lipschitzMax);
const finalGap = (h: { value: number }[]) => h[h.length - 1].value - fStar;

describe('runFiniteSum(problem, method, { x0, epochs, seed })', () => {
  it('SAGA and SVRG (both snapshot options) reach suboptimality ≤ 1e-9 within 40 passes at lr = 1/(3 L_max); SGD stalls above 1e-6', () => {
    const methods: FiniteSumMethod<MethodState>[] = [
      saga({ lr }),
      svrg({ lr }),
      svrg({ lr, snapshot: 'random' }),
    ];
    for (const method of methods) {
      const r = runFiniteSum(problem, method, { x0, epochs: 40, seed: 3 });
      expect(r.history[r.history.length - 1].passes).toBeLessThanOrEqual(40 + 1e-12);
      expect(finalGap(r.history), method.name).toBeLessThanOrEqual(1e-9);
    }
    const s = runFiniteSum(problem, sgdSampler({ lr }), { x0, epochs: 40, seed: 3 });
    // The noise floor: the last 10 passes never get below 1e-6.
    const tail = s.history.filter((h) => h.passes >= 30);
    expect(Math.min(...tail.map((h) => h.value - fStar))).toBeGreaterThan(1e-6);
  });
  it('counts SVRG honestly: snapshot n, inner step 2, stopping at the first step boundary past the budget', () => {
    const small = logisticRegression({ ...makeClassification({ n: 10, d: 2, seed: 4 }), l2: 0.1 });
    const r = runFiniteSum(small, svrg({ lr: 0.1, innerSteps: 4 }), {
      x0: new Float64Array(2),
      epochs: 2.5,
      seed: 1,
    });
    // snapshot (10) + 4 inner (8) = 18, snapshot → 28 ≥ 25: stop.
    expect(r.state.gradEvals).toBe(28);
    expect(r.state.snapshots).toBe(2);
    expect(r.state.steps).toBe(6);
  });
  it('counts SAGA initialisation n and mini-batches of b as b', () => {
    const small = logisticRegression({ ...makeClassification({ n: 10, d: 2, seed: 4 }), l2: 0.1 });
    const x = new Float64Array(2);
    expect(runFiniteSum(small, saga({ lr: 0.1 }), { x0: x, epochs: 1, seed: 1 }).state.steps).toBe(0);
    expect(runFiniteSum(small, saga({ lr: 0.1 }), { x0: x, epochs: 2, seed: 1 }).state.gradEvals).toBe(20);
    const b = runFiniteSum(small, sgdSampler({ lr: 0.1, batchSize: 3 }), { x0: x, epochs: 1, seed: 1 });
    expect(b.state.gradEvals).toBe(12);
    expect(b.state.steps).toBe(4);
  });
  it('history starts at (0, f(x0)) and has at least one point per effective pass', () => {
    const methods: [FiniteSumMethod<MethodState>, number][] = [
      [saga({ lr }), 1],
      [svrg({ lr }), 2],
      [sgdSampler({ lr, batchSize: 7 }), 7],
    ];
    for (const [method, cost] of methods) {
      const r = runFiniteSum(problem, method, { x0, epochs: 12, seed: 5, recordsPerPass: 1 });
      expect(r.history[0]).toEqual({ gradEvals: 0, passes: 0, value: problem.value(x0), step: 0 });
      expect(r.history.length).toBeGreaterThanOrEqual(13);
      // Points are recorded at the first step boundary after each pass, so consecutive points are
      // at most one pass plus one step's cost apart.
      for (let k = 1; k < r.history.length; k++) {
        expect(r.history[k].gradEvals).toBeGreaterThan(r.history[k - 1].gradEvals);
        expect(r.history[k].passes - r.history[k - 1].passes, method.name).toBeLessThanOrEqual(
          1 + cost / 200 + 1e-12,
        );
      }
    }
  });
  it('replays exactly for the same seed and differs for another', () => {
    const a = runFiniteSum(problem, sgdSampler({ lr }), { x0, epochs: 2, seed: 8 });
    const b = runFiniteSum(problem, sgdSampler({ lr }), { x0, epochs: 2, seed: 8 });
    const c = runFiniteSum(problem, sgdSampler({ lr }), { x0, epochs: 2, seed: 9 });
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
    expect(Array.from(a.x)).not.toEqual(Array.from(c.x));
  });
  it('reports divergence without throwing or returning NaN', () => {
    const r = runFiniteSum(problem, sgdSampler({ lr: 1e6 }), { x0, epochs: 5, seed: 1 });
    expect(r.diverged).toBe(true);
    expect(r.divergedAt).not.toBeNull();
    expect(r.history.every((h) => Number.isFinite(h.value))).toBe(true);
    expect(r.x.every(Number.isFinite)).toBe(true);
    const ls = leastSquares({ ...makeRegression({ n: 20, d: 3, seed: 1 }), l2: 0 });
    const q = runFiniteSum(ls, saga({ lr: 100 }), { x0: new Float64Array(3), epochs: 50, seed: 1 });
    expect(q.diverged).toBe(true);
  });
  it('throws RangeError on a wrong-length x0 and a negative budget', () => {
    expect(() =>
      runFiniteSum(problem, saga({ lr }), { x0: new Float64Array(3), epochs: 1, seed: 1 }),
    ).toThrow(/runFiniteSum: x0 has length 3, expected 10/);
    expect(() => runFiniteSum(problem, saga({ lr }), { x0, epochs: -1, seed: 1 })).toThrow(
      /runFiniteSum: epochs/,
    );
  });
});

describe('stepping API: method.init / method.step', () => {
  it('svrg steps report snapshots, sampled indices and unbiased estimators', () => {
    const m = svrg({ lr, innerSteps: 3 });
    const r = rng(1);
    let s = m.init(problem, x0, r);
    const kinds: string[] = [];
    for (let k = 0; k < 8; k++) {
      const out = m.step(problem, s, r);
      kinds.push(out.info.kind);
      if (out.info.kind === 'inner') {
        expect(out.info.indices).toHaveLength(1);
        expect(out.info.gradEvals).toBe(2);
      }
      s = out.state;
    }
    expect(kinds).toEqual(['snapshot', 'inner', 'inner', 'inner', 'snapshot', 'inner', 'inner', 'inner']);
    // At the snapshot point the SVRG estimator is exactly the full gradient for every i.
    const at = m.step(problem, { ...s, inner: 0, x: s.snapshotX! }, rng(2));
    const full = problem.grad(s.snapshotX!);
    at.info.direction!.forEach((v, j) => expect(v).toBeCloseTo(full[j], 14));
  });
  it('saga steps refresh one table row and leave the previous state untouched', () => {
    const m = saga({ lr });
    const r = rng(1);
    const s0 = m.init(problem, x0, r);
    expect(s0.gradEvals).toBe(200);
    const rows = s0.table.map((row) => Array.from(row));
    const mean0 = Array.from(s0.tableMean);
    const { state: s1, info } = m.step(problem, s0, r);
    const i = info.indices[0];
    expect(s1.updatedAt[i]).toBe(0);
    expect(s0.updatedAt[i]).toBe(-1);
    expect(s0.table.map((row) => Array.from(row))).toEqual(rows);
    expect(Array.from(s0.tableMean)).toEqual(mean0);
    expect(Array.from(s0.x)).toEqual(Array.from(x0));
    // The maintained mean equals the recomputed mean of the rows.
    const mean = new Float64Array(10);
    s1.table.forEach((row) => row.forEach((v, j) => (mean[j] += v / 200)));
    mean.forEach((v, j) => expect(s1.tableMean[j]).toBeCloseTo(v, 14));
  });
  it("saga({ tableInit: 'zeros' }) costs nothing to initialise", () => {
    const s = saga({ lr, tableInit: 'zeros' }).init(problem, x0, rng(1));
    expect(s.gradEvals).toBe(0);
  });
});

describe('referenceOptimum(problem)', () => {
  it('solves ridge least squares to machine precision (normal equations)', () => {
    const d = makeRegression({ n: 40, d: 5, seed: 3 });
    const p = leastSquares({ ...d, l2: 0.01 });
    const ref = referenceOptimum(p);
    const H = p.hessian!(new Float64Array(5));
    const b = new Float64Array(5);
    d.X.forEach((row, i) => row.forEach((v, j) => (b[j] += (v * d.y[i]) / 40)));
    const xs = solve(H, b, 5)!;
    xs.forEach((v, j) => expect(ref.x[j]).toBeCloseTo(v, 12));
    expect(ref.gradNorm).toBeLessThan(1e-13);
  });
  it('finds the logistic-regression optimum with ‖∇f‖ < 1e-13', () => {
    expect(referenceOptimum(problem).gradNorm).toBeLessThan(1e-13);
  });
});
