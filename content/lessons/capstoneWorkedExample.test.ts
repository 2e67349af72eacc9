import { describe, expect, it } from 'vitest';
import { capstoneWorkedExample } from './capstoneWorkedExample.ts';

// The capstone's prose states these relations in words; if a package change breaks one, the
// sentence would be false, so the build's numbers are checked here.
describe('capstoneWorkedExample()', () => {
  const ex = capstoneWorkedExample();

  it('counts parameters by hand: 2-8-8-1 has (2·8 + 8) + (8·8 + 8) + (8 + 1) = 105, 2-4-2-1 has 25', () => {
    expect(ex.params).toBe(105);
    expect(ex.playgroundParams).toBe(25);
  });

  it('the defaults tell the story the lesson tells: SGD with momentum separates the moons, Adam at η = 0.01 lags, η = 0.03 catches up', () => {
    expect(ex.base[0].trainAcc).toBeGreaterThanOrEqual(98);
    expect(ex.base[1].trainAcc).toBeLessThan(ex.base[0].trainAcc - 5);
    expect(ex.adamTuned.trainAcc).toBeGreaterThanOrEqual(ex.base[0].trainAcc - 0.5);
    expect(ex.adamTuned.trainLoss).toBeLessThan(ex.base[1].trainLoss / 10);
    expect(ex.reluPair[1].trainLoss).toBeLessThan(ex.reluPair[0].trainLoss); // "swaps places on the loss"
    expect(ex.base.every((r) => r.divergedAt === null && r.lastStep === ex.steps)).toBe(true);
  });

  it('the divergence example diverges early; the dead-ReLU example stalls at one class with most units dead', () => {
    expect(ex.diverging.divergedAt).not.toBeNull();
    expect(ex.diverging.divergedAt!).toBeLessThan(100);
    expect(ex.deadRelu.divergedAt).toBeNull();
    expect(ex.deadPredictions).toBe(1);
    expect(ex.deadUnits).toBeGreaterThanOrEqual(8);
    // One class everywhere, and below half: the minority class (the lesson's question says so).
    expect(ex.deadRelu.trainAcc).toBeLessThan(50);
  });

  it('warmup + cosine by hand: η·t/W during warmup, η/2 halfway through the decay, 0 at T', () => {
    const eta = 0.01;
    expect(ex.recipe.half).toBeCloseTo((eta * (ex.warm / 2)) / ex.warm, 12);
    expect(ex.recipe.peak).toBeCloseTo(eta, 12);
    expect(ex.recipe.middle).toBeCloseTo((eta / 2) * (1 + Math.cos(Math.PI / 2)), 12);
    expect(ex.recipe.end).toBe(0);
  });

  it('Lookahead around Adam at the same small η does not rescue it (within 2 points either way)', () => {
    expect(Math.abs(ex.lookaheadAdam.trainAcc - ex.base[1].trainAcc)).toBeLessThan(2);
  });
});

describe('capstoneWorkedExample(): the plateau schedule’s evaluation period', () => {
  it('at the default 3000 updates the curves (and the plateau controller) are evaluated every 10 updates', () => {
    const ex = capstoneWorkedExample();
    expect(ex.steps).toBe(3000);
    expect(ex.evalEvery).toBe(10); // about 300 evaluations per run, whatever the length
  });
});
