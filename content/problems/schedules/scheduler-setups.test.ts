import { describe, expect, it } from 'vitest';
import { cosineAnnealingLR, multiStepLR } from '@descent/optim';
import { independentAnswerTests } from '../../../src/lib/problems/independentTests.ts';
import problem from './scheduler-setups.ts';

// The key by reading each comment against PyTorch's documented behaviour (see the tests below for
// the two that can be recomputed; the OneCycleLR pair was checked against PyTorch 1.13, whose
// OneCycleLR sets SGD(momentum=0)'s momentum to 0.95 on construction unless cycle_momentum=False).
independentAnswerTests(problem, {
  key: () => ['cosine-updates', 'onecycle-no-momentum', 'plateau-accuracy'],
  optionFeedback: {
    'cosine-epochs-per-batch': /climbs back to the full rate/,
    'onecycle-plain-sgd': /0\.95/,
    'step-before': /already runs at the reduced rate/,
  },
});

describe('scheduler-setups: the claims behind the key', () => {
  it('T_max in epochs stepped per batch is back at the full rate after 2·T_max batches, long before the run ends', () => {
    for (let seed = 0; seed < 20; seed++) {
      const { epochs, batches } = problem.paramsOf(seed);
      const s = cosineAnnealingLR({ lr: 1, tMax: epochs });
      expect(s(epochs)).toBeCloseTo(0, 12);
      expect(s(2 * epochs)).toBeCloseTo(1, 12);
      expect(2 * epochs).toBeLessThan(epochs * batches);
      // T_max in updates ends at 0 on the last update of the run.
      expect(cosineAnnealingLR({ lr: 1, tMax: epochs * batches })(epochs * batches)).toBeCloseTo(0, 12);
    }
  });
  it('stepping the scheduler first makes epoch m run at the reduced rate', () => {
    for (let seed = 0; seed < 20; seed++) {
      const { milestone } = problem.paramsOf(seed);
      const s = multiStepLR({ lr: 1, milestones: [milestone], gamma: 0.1 });
      expect(s(milestone - 1)).toBe(1); // stepped after: epoch m runs after m − 1 calls
      expect(s(milestone)).toBeCloseTo(0.1, 15); // stepped before: after m calls
    }
  });
});
