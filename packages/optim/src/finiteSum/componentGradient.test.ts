import { describe, expect, it } from 'vitest';
import { gradIInto, nextIterate, scratch } from './componentGradient.ts';
import { estimatorVariance } from './estimatorVariance.ts';
import { leastSquares } from './leastSquares.ts';
import { logisticRegression } from './logisticRegression.ts';
import { makeClassification } from './makeClassification.ts';
import { makeRegression } from './makeRegression.ts';
import { miniBatchGradient } from './miniBatchGradient.ts';
import { runFiniteSum } from './runFiniteSum.ts';
import { saga } from './saga.ts';
import { scheduledSgd } from './scheduledSgd.ts';
import { sgdSampler } from './sgdSampler.ts';
import { svrg } from './svrg.ts';
import { rng } from '../rng.ts';
import type { Vec } from '../types.ts';
import type { FiniteSum, FiniteSumMethod, MethodState, StepInfo } from './types.ts';

// d = 10 > 8: the arrays the reuse path avoids are the costly off-heap kind (see StepOptions).
const d = 10;
const logistic = logisticRegression({ ...makeClassification({ n: 40, d, seed: 11 }), l2: 1e-2 });
const regression = makeRegression({ n: 30, d, seed: 12 });
const squares = leastSquares({ X: regression.X, y: regression.y, l2: 1e-3 });
/** The same problem without gradIInto: methods fall back to copying gradI. */
const withoutInto = (p: FiniteSum): FiniteSum => ({ ...p, gradIInto: undefined });
const start = Float64Array.from({ length: d }, (_, j) => 0.1 * (j - 4));

const methods: [string, () => FiniteSumMethod<MethodState>][] = [
  ['sgdSampler b = 1', () => sgdSampler({ lr: 0.05 })],
  ['sgdSampler b = 3, schedule', () => sgdSampler({ lr: (t) => 0.1 / (1 + t / 50), batchSize: 3 })],
  ['saga, full table', () => saga({ lr: 0.05 })],
  ['saga, zero table', () => saga({ lr: 0.05, tableInit: 'zeros' })],
  ['svrg option I', () => svrg({ lr: 0.05, innerSteps: 17 })],
  ['svrg option II', () => svrg({ lr: 0.05, innerSteps: 17, snapshot: 'random' })],
  [
    'scheduledSgd, momentum, growing batch',
    () => scheduledSgd({ lr: (t) => 0.05 / (1 + t / 80), batchSize: (t) => 1 + t / 30, momentum: 0.9 }),
  ],
  ['scheduledSgd, with replacement', () => scheduledSgd({ lr: 0.05, batchSize: 4, replacement: true })],
];

/** Every iterate, step direction and (SAGA) table after each step, copied out as the run goes. */
function trajectory(problem: FiniteSum, method: FiniteSumMethod<MethodState>, steps: number, reuse: boolean) {
  const random = rng(7);
  let state = method.init(problem, start, random);
  const out: {
    x: number[];
    direction: number[] | null;
    table: number[][] | null;
    info: Omit<StepInfo, 'direction'>;
  }[] = [];
  for (let k = 0; k < steps; k++) {
    const { state: next, info } = method.step(problem, state, random, { reuse });
    state = next;
    const table = 'table' in state ? (state.table as Vec[]).map((r) => Array.from(r)) : null;
    const { direction, ...rest } = info;
    out.push({ x: Array.from(state.x), direction: direction && Array.from(direction), table, info: rest });
  }
  return out;
}

describe('gradIInto(problem, i, x, out)', () => {
  it('writes exactly gradI(i, x) into out and returns out, with or without the problem’s own gradIInto', () => {
    for (const problem of [logistic, squares, withoutInto(logistic)]) {
      const out = new Float64Array(d).fill(Number.NaN);
      for (const i of [0, 7, problem.n - 1]) {
        expect(gradIInto(problem, i, start, out)).toBe(out);
        expect(Array.from(out)).toEqual(Array.from(problem.gradI(i, start)));
      }
    }
  });
  it('rejects an out array of the wrong length', () => {
    expect(() => logistic.gradIInto(0, start, new Float64Array(d - 1))).toThrow(
      /out has length 9, expected 10/,
    );
  });
});

describe('scratch and nextIterate', () => {
  it('reuse an array only when it has the right length and is not the current iterate', () => {
    const a = new Float64Array(d);
    expect(scratch(a, d)).toBe(a);
    expect(scratch(a, d + 1)).not.toBe(a);
    expect(scratch(null, d)).toHaveLength(d);
    const current = new Float64Array(d);
    expect(nextIterate(a, current)).toBe(a);
    expect(nextIterate(current, current)).not.toBe(current);
    expect(nextIterate(new Float64Array(3), current)).toHaveLength(d);
  });
});

describe('methods stepping with reuse', () => {
  for (const [name, make] of methods) {
    it(`${name}: the same iterates, directions and table as copying steps, to the last bit`, () => {
      for (const problem of [logistic, squares, withoutInto(logistic)]) {
        const copied = trajectory(problem, make(), 120, false);
        const reused = trajectory(problem, make(), 120, true);
        expect(reused).toEqual(copied);
      }
    });
  }

  it('one method object stepping two runs in turn gives each run what it gets alone', () => {
    for (const [name, make] of methods) {
      const alone = [trajectory(logistic, make(), 60, false), trajectory(squares, make(), 60, false)];
      const shared = make();
      const problems = [logistic, squares];
      const randoms = [rng(7), rng(7)];
      const states = problems.map((p, r) => shared.init(p, start, randoms[r]));
      for (let k = 0; k < 60; k++)
        for (let r = 0; r < 2; r++) {
          states[r] = shared.step(problems[r], states[r], randoms[r], { reuse: true }).state;
          expect(Array.from(states[r].x), `${name}, run ${r}, step ${k}`).toEqual(alone[r][k].x);
        }
    }
  });

  it('runFiniteSum, stepping with reuse, returns the iterate it stopped at intact when a run diverges', () => {
    // Least squares at steps far above 2/L. At 3 the loss passes its limit at a record mark; at
    // 1e200 an iterate overflows to ±Infinity between marks, and the run returns the one before,
    // whose array a reuse step must not have written into.
    for (const lr of [3, 1e200]) {
      const wild: [string, () => FiniteSumMethod<MethodState>][] = [
        ['sgdSampler', () => sgdSampler({ lr })],
        ['saga', () => saga({ lr }) as unknown as FiniteSumMethod<MethodState>],
        ['svrg', () => svrg({ lr, innerSteps: 17 }) as unknown as FiniteSumMethod<MethodState>],
        [
          'scheduledSgd',
          () => scheduledSgd({ lr, batchSize: 2, momentum: 0.5 }) as unknown as FiniteSumMethod<MethodState>,
        ],
      ];
      for (const [name, make] of wild) {
        const label = `${name} at lr ${lr}`;
        const r = runFiniteSum(squares, make(), { x0: start, epochs: 200, seed: 7 });
        expect(r.diverged, label).toBe(true);
        const copied = trajectory(squares, make(), r.state.steps + 1, false);
        expect(Array.from(r.x), label).toEqual(copied[r.state.steps - 1].x);
        expect(r.x.every(Number.isFinite), label).toBe(true);
        if (lr > 1e100) expect(copied[r.state.steps].x.every(Number.isFinite), label).toBe(false);
      }
    }
  });
});

describe('estimatorVariance and miniBatchGradient with reused arrays', () => {
  it('match a direct sum over new gradI arrays', () => {
    const run = saga({ lr: 0.05 });
    const random = rng(3);
    let s = run.init(logistic, start, random);
    for (let k = 0; k < 25; k++) s = run.step(logistic, s, random).state;
    const full = logistic.grad(s.x);
    let direct = 0;
    for (let i = 0; i < logistic.n; i++) {
      const g = logistic.gradI(i, s.x);
      const c = (s as unknown as { table: Vec[] }).table[i];
      const mean = (s as unknown as { tableMean: Vec }).tableMean;
      for (let j = 0; j < d; j++) direct += (g[j] - c[j] + mean[j] - full[j]) ** 2;
    }
    expect(estimatorVariance(logistic, s)).toBeCloseTo(direct / logistic.n, 14);
    const batch = [3, 9, 9, 21];
    const sum = new Float64Array(d);
    for (const i of batch) {
      const g = logistic.gradI(i, start);
      for (let j = 0; j < d; j++) sum[j] += g[j];
    }
    for (let j = 0; j < d; j++) sum[j] /= batch.length;
    expect(Array.from(miniBatchGradient(logistic, batch, start))).toEqual(Array.from(sum));
  });
});
