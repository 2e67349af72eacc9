import { independentAnswerTests } from '../../../src/lib/problems/independentTests.ts';
import problem from './linear-scaling-warmup.ts';
import { apart } from './linear-scaling-warmup.ts';

type P = ReturnType<typeof problem.paramsOf>;
// By hand: from 0.1 to 0.1k in W = epochs·iters equal increments, update t after t − 1 of them.
const at = (p: P, k: number) =>
  0.1 + ((0.1 * p.k - 0.1) * Math.min(k, p.warmEpochs * p.iters)) / (p.warmEpochs * p.iters);
const key = (p: P) => at(p, p.update - 1);

independentAnswerTests(problem, {
  key,
  mistakes: [
    (p) => 0.1 * p.k,
    (p) => (0.1 * p.k * (p.update - 1)) / (p.warmEpochs * p.iters),
    (p) => apart(at(p, p.update), key(p)),
  ],
  mistakeFeedback: [/scaled rate/, /ramps from 0/, /^Off by one/],
});
