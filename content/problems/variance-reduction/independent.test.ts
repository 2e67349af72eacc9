// Independent answer tests for lesson 2's problems (issue 19): keys and listed mistakes recomputed
// by hand from the params (counts written out, L_max from the rows), not via the package.
import { independentAnswerTests } from '../../../src/lib/problems/independentTests.ts';
import sagaLinearTrick from './saga-linear-trick.ts';
import sagaMemory from './saga-memory.ts';
import svrgCostExpression from './svrg-cost-expression.ts';
import svrgEpochCost from './svrg-epoch-cost.ts';
import svrgStepSize from './svrg-step-size.ts';
import svrgUnbiased from './svrg-unbiased.ts';
import zeroVariance from './zero-variance-at-optimum.ts';

independentAnswerTests(sagaLinearTrick, {
  key: ({ n, d }) => n + d,
  mistakes: [({ n, d }) => n * d + d, ({ n }) => n, ({ n, d }) => n * d],
});

const bytes = ({ n, d }: { n: number; d: number }) => (n * d + d) * 8;
independentAnswerTests(sagaMemory, {
  key: (p) => bytes(p) / 1_000_000,
  mistakes: [
    (p) => bytes(p) / 2 / 1_000_000,
    (p) => bytes(p) / 1024 / 1024,
    ({ n, d }) => n * d + d,
    (p) => (bytes(p) * 8) / 1_000_000,
  ],
});

// Snapshot n, then 2n inner steps of two gradients each.
independentAnswerTests(svrgEpochCost, {
  key: ({ n }) => n + 2 * (2 * n),
  mistakes: [({ n }) => 3 * n, ({ n }) => 4 * n, ({ n }) => 2 * n],
});

const sq = (r: number[]) => r[0] * r[0] + r[1] * r[1];
const lMax = ({ X, l2 }: { X: number[][]; l2: number }) => Math.max(sq(X[0]), sq(X[1]), sq(X[2])) / 4 + l2;
independentAnswerTests(svrgStepSize, {
  key: (p) => 1 / 3 / lMax(p),
  mistakes: [
    (p) => 1 / lMax(p),
    ({ X, l2 }) => 1 / 3 / (Math.max(sq(X[0]), sq(X[1]), sq(X[2])) + l2),
    ({ X, l2 }) => 1 / 3 / ((sq(X[0]) + sq(X[1]) + sq(X[2])) / 12 + l2),
  ],
});

independentAnswerTests(svrgUnbiased, {
  key: () => ['yes'],
  optionFeedback: { 'only-equal': /low variance/ },
});
independentAnswerTests(zeroVariance, { key: () => ['svrg', 'saga', 'full'] });

// K outer loops, each a snapshot (n) and m inner steps of two gradients, counted one by one.
const svrgRunCost = (n: number, K: number, m: number) => {
  let count = 0;
  for (let k = 0; k < K; k++) count += n + m + m;
  return count;
};
independentAnswerTests(svrgCostExpression, {
  key:
    ({ n }) =>
    (v) =>
      svrgRunCost(n, Math.round(v.K), Math.round(v.m)),
  mistakes: [
    ({ n }) =>
      (v) =>
        svrgRunCost(n, v.K, v.m) - v.K * v.m,
    ({ n }) =>
      (v) =>
        svrgRunCost(n, v.K, v.m) - v.K * n,
    ({ n }) =>
      (v) =>
        svrgRunCost(n, v.K, v.m) - (v.K - 1) * n,
    ({ n }) =>
      (v) =>
        svrgRunCost(n, v.K, v.m) / n,
  ],
  mistakeFeedback: [/two/, /snapshot/, /every/, /passes/],
});
