import { independentAnswerTests } from '../../../src/lib/problems/independentTests.ts';
import problem from './cosine-schedule-value.ts';
import { apart } from './cosine-schedule-value.ts';

// By hand: epoch e runs after k = e − 1 scheduler steps; η(k) = η_min + ½(η − η_min)(1 + cos(πk/T_max)).
const f = (p: { lr: number; etaMin: number; tMax: number }, k: number, unit = 1) =>
  p.etaMin + 0.5 * (p.lr - p.etaMin) * (1 + Math.cos(((Math.PI * k) / p.tMax) * unit));
type P = ReturnType<typeof problem.paramsOf>;
const key = (p: P) => f(p, p.epoch - 1);

independentAnswerTests(problem, {
  key,
  mistakes: [
    (p) => apart(f(p, p.epoch), key(p)), // stepped once more than happened
    (p) =>
      apart(
        p.etaMin + (p.lr - p.etaMin) * (1 + Math.cos((Math.PI * (p.epoch - 1)) / p.tMax)),
        key(p),
        f(p, p.epoch),
      ), // ½ dropped
    // Degrees mode (issue 19): the angle πk/T typed as a number of degrees, cos(πk/T · π/180).
    (p) =>
      apart(
        f(p, p.epoch - 1, Math.PI / 180),
        key(p),
        f(p, p.epoch),
        p.etaMin + (p.lr - p.etaMin) * (1 + Math.cos((Math.PI * (p.epoch - 1)) / p.tMax)),
      ),
    (p) =>
      p.etaMin === 0
        ? NaN
        : apart(
            0.5 * p.lr * (1 + Math.cos((Math.PI * (p.epoch - 1)) / p.tMax)),
            key(p),
            f(p, p.epoch),
            p.etaMin + (p.lr - p.etaMin) * (1 + Math.cos((Math.PI * (p.epoch - 1)) / p.tMax)),
            f(p, p.epoch - 1, Math.PI / 180),
          ),
  ],
  mistakeFeedback: [
    /^Off by one: that is .*stepped only/,
    /factor/,
    /degrees: .*radians, so the cosine came out almost 1/,
    /left out/,
  ],
});
