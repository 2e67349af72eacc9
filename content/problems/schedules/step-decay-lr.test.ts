import { describe, expect, it } from 'vitest';
import { independentAnswerTests } from '../../../src/lib/problems/independentTests.ts';
import problem from './step-decay-lr.ts';
import { apart } from './step-decay-lr.ts';

type P = ReturnType<typeof problem.paramsOf>;
// By hand: count the milestones ≤ k.
const at = (p: P, k: number) => p.lr * p.gamma ** ((k >= p.m1 ? 1 : 0) + (k >= p.m2 ? 1 : 0));
const key = (p: P) => at(p, p.epoch - 1);
const noCompound = (p: P) => (p.epoch - 1 >= p.m2 ? apart(p.lr * p.gamma, key(p), at(p, p.epoch)) : NaN);

independentAnswerTests(problem, {
  key,
  mistakes: [
    (p) => apart(at(p, p.epoch), key(p)),
    noCompound,
    (p) =>
      apart(
        p.lr * p.gamma ** Math.floor((p.epoch - 1) / p.m1),
        key(p),
        at(p, p.epoch),
        p.epoch - 1 >= p.m2 ? p.lr * p.gamma : NaN,
      ),
  ],
  mistakeFeedback: [/^Off by one/, /compound/, /StepLR/],
});

describe('step-decay-lr (issue 28): the StepLR-period slip is reachable', () => {
  it('reading the first milestone as a period gives a distinct, listed rate in many variants', () => {
    let applies = 0;
    for (let seed = 0; seed < 300; seed++) {
      const inst = problem.instantiate(seed);
      if (!Number.isNaN(inst.mistakes[2].value as number)) applies++;
    }
    expect(applies).toBeGreaterThan(30);
  });
});
