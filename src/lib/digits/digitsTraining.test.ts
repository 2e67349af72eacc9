import { describe, expect, it } from 'vitest';
import { adam, mlp, trainMlp } from '@descent/optim';
import { buildDigitsAsset } from '../../../scripts/digits/buildDigitsAsset.ts';
import { parseDigits } from './parseDigits.ts';

// The digits board's premise, checked in Node on the asset the site ships: a short run learns.
// Measured before the bar was set (seeds 1–5, 500 updates): 90.0, 90.5, 90.5, 91.1, 90.6 %.
describe('training on the shipped digits', () => {
  const digits = parseDigits(buildDigitsAsset());

  it('Adam (η = 1e-3, batch 32) takes 196-64-10 ReLU from chance to ≥ 88% test accuracy within 500 updates (measured 90.0–91.1%)', () => {
    for (const seed of [1, 2]) {
      const r = trainMlp({
        net: mlp({ sizes: [196, 64, 10], activation: 'relu', loss: 'softmax', seed }),
        transform: adam({ lr: 1e-3 }),
        train: digits.train,
        test: digits.test,
        batchSize: 32,
        seed,
        steps: 500,
        evalEvery: 500,
        trainEvalSize: 1000,
        testDetails: true,
      });
      expect(r.divergedAt).toBeNull();
      expect(r.history[0].testAccuracy).toBeLessThan(0.2);
      const end = r.history[1];
      expect(end.testAccuracy).toBeGreaterThanOrEqual(0.88);
      expect(end.testLoss).toBeLessThan(r.history[0].testLoss / 3);
      expect(end.misclassified!.length).toBe(Math.round((1 - end.testAccuracy) * 1000));
    }
  });
});
