import { independentAnswerTests } from '../../../src/lib/problems/independentTests.ts';
import problem from './one-cycle-lr.ts';
import { apart } from './one-cycle-lr.ts';

type P = ReturnType<typeof problem.paramsOf>;
// By hand: PyTorch's three-phase boundaries pct·T − 1 and 2·pct·T − 2, linear inside a phase.
function shape(p: P, k: number, cosine: boolean, e1 = p.pct * p.total - 1): number {
  const lo = p.maxLr / p.div;
  const [a, b, q] = k <= e1 ? [lo, p.maxLr, k / e1] : [p.maxLr, lo, (k - e1) / e1];
  return cosine ? b + ((a - b) / 2) * (1 + Math.cos(Math.PI * q)) : a + (b - a) * q;
}
const key = (p: P) => shape(p, p.update - 1, false);
const off = (p: P) => shape(p, p.update, false);
const cos = (p: P) => shape(p, p.update - 1, true);

independentAnswerTests(problem, {
  key,
  mistakes: [
    (p) => apart(off(p), key(p)),
    (p) => apart(cos(p), key(p), off(p)),
    (p) => apart(shape(p, p.update - 1, false, p.pct * p.total), key(p), off(p), cos(p)), // phases ending at pct·T
  ],
  mistakeFeedback: [/^Off by one/, /cosine interpolation, PyTorch's default/, /phases end/],
});
