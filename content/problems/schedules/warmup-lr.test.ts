import { independentAnswerTests } from '../../../src/lib/problems/independentTests.ts';
import problem from './warmup-lr.ts';
import { apart } from './warmup-lr.ts';

type P = ReturnType<typeof problem.paramsOf>;
// By hand: update t runs after t − 1 steps; factor s + (1 − s)(t − 1)/T.
const at = (p: P, k: number) => p.lr * (p.start + ((1 - p.start) * k) / p.warm);
const key = (p: P) => at(p, p.update - 1);

independentAnswerTests(problem, {
  key,
  mistakes: [
    (p) => apart(at(p, p.update), key(p)),
    (p) => apart((p.lr * (p.update - 1)) / p.warm, key(p), at(p, p.update)),
    (p) => apart(p.lr * p.start, key(p), at(p, p.update), (p.lr * (p.update - 1)) / p.warm),
  ],
  // The off-by-one feedback names the numbers (issue 19, item 7), never a symbol the student has not seen.
  mistakeFeedback: [
    /^Off by one: that is \$\\eta\(\d+\)\$\. When update \$?\d+\$? runs, .*only \$?\d+\$? times/,
    /ramps from 0/,
    /very first update/,
  ],
});
