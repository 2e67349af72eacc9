import { describe, expect, it } from 'vitest';
import { adam, mlp, trainMlp } from '@descent/optim';
import {
  DIGITS_BATCH,
  DIGITS_EVAL_EVERY,
  DIGITS_SEED,
  DIGITS_STEPS,
  digitsComparisons,
  digitsRun,
} from './digitsWorkedExample.ts';
import { shippedDigits } from '../../src/lib/digits/shippedDigits.ts';

describe('digits worked example', () => {
  it('is reproducible: the same seed gives the same curves', () => {
    const a = digitsRun({ label: 'a', transform: adam({ lr: 1e-3 }) }, 200);
    const b = digitsRun({ label: 'b', transform: adam({ lr: 1e-3 }) }, 200);
    expect(a.testAccuracy).toEqual(b.testAccuracy);
    expect(a.trainLoss).toEqual(b.trainLoss);
  });

  it('matches a direct trainMlp run on the shipped digits', () => {
    const digits = shippedDigits();
    const r = trainMlp({
      net: mlp({ sizes: [196, 64, 10], activation: 'relu', loss: 'softmax', seed: DIGITS_SEED }),
      transform: adam({ lr: 1e-3 }),
      train: digits.train,
      test: digits.test,
      batchSize: DIGITS_BATCH,
      seed: DIGITS_SEED,
      steps: 200,
      evalEvery: 200,
    });
    const ours = digitsRun({ label: 'adam', transform: adam({ lr: 1e-3 }) }, 200);
    expect(ours.testAccuracy[200 / DIGITS_EVAL_EVERY]).toBe(r.history[1].testAccuracy);
  });

  it('every run learns well above chance and none diverges', () => {
    const c = digitsComparisons();
    for (const r of Object.values(c.runs)) {
      expect(r.divergedAt).toBeNull();
      expect(r.testAccuracy[0]).toBeLessThan(0.2);
      expect(r.testAccuracy[DIGITS_STEPS / DIGITS_EVAL_EVERY]).toBeGreaterThan(0.8);
    }
    // The capstone's prose makes these claims about the table; if the data or the package changes
    // so that one fails, the prose must change with it.
    const { runs, early, final } = c;
    expect(early.sgdMomentum).toBeGreaterThan(early.adam);
    for (let i = 1; i < runs.adam.testAccuracy.length; i++) {
      expect(runs.sgdMomentum.testAccuracy[i]).toBeGreaterThan(runs.adam.testAccuracy[i]);
      expect(runs.sgdMomentumCosine.testAccuracy[i]).toBeGreaterThan(runs.adam.testAccuracy[i]);
    }
    expect(final.sgdMomentumCosine).toBeLessThan(final.sgdMomentum);
    expect(early.adamWarmupCosine).toBeLessThan(early.adamCosine);
    expect(Math.abs(final.adamWarmupCosine - final.adamCosine)).toBeLessThan(1);
    expect(final.adamw).toBeGreaterThan(final.adamL2);
    // "AdamW ends where plain Adam does": its decay, ηλ = 1e-5 per update, is half a percent in all.
    expect(Math.abs(final.adamw - final.adam)).toBeLessThan(0.3);
    expect(1 - (1 - 1e-3 * 1e-2) ** DIGITS_STEPS).toBeCloseTo(0.005, 3);
    const d = shippedDigits();
    expect([d.train.n, d.test.n]).toEqual([6000, 1000]);
  }, 120_000);
});
