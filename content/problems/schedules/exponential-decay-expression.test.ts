import { independentAnswerTests } from '../../../src/lib/problems/independentTests.ts';
import problem from './exponential-decay-expression.ts';

// By hand: multiply the base rate by γ once per scheduler step, t − 1 steps before update t.
const compound = (lr: number, gamma: number, steps: number) => {
  let r = lr;
  for (let k = 0; k < steps; k++) r *= gamma;
  return r;
};
independentAnswerTests(problem, {
  key:
    ({ lr, gamma }) =>
    (v) =>
      compound(lr, gamma, Math.round(v.t) - 1),
  mistakes: [
    ({ lr, gamma }) =>
      (v) =>
        compound(lr, gamma, Math.round(v.t)),
    ({ lr, gamma }) =>
      (v) =>
        compound(lr, 1 - gamma, Math.round(v.t) - 1),
    ({ lr, gamma }) =>
      (v) =>
        lr - lr * (1 - gamma) * (v.t - 1),
  ],
  mistakeFeedback: [/Off by one/, /multiplied/, /linear decay/],
});
