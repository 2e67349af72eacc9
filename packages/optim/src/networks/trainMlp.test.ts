import { describe, expect, it } from 'vitest';
import { mlpTrainer, trainMlp } from './trainMlp.ts';
import { mlp } from './mlp.ts';
import { dataset2d, splitDataset } from './dataset2d.ts';
import { adam } from '../optimizers/adam.ts';
import { sgd } from '../optimizers/sgd.ts';
import { rng } from '../rng.ts';
import { cosineAnnealingLR } from '../schedules/cosineAnnealingLR.ts';
import { lookahead } from '../transforms/lookahead.ts';

const data = dataset2d({ kind: 'circle', n: 120, noise: 0.05, seed: 1 });
const { train, test } = splitDataset(data, 0.75);

describe('trainMlp({ net, transform, train, test, batchSize, seed, steps })', () => {
  it('a seeded run reproduces exactly, and a different seed gives different batches', () => {
    const run = (seed: number) =>
      trainMlp({
        net: mlp({ sizes: [2, 4, 2, 1], seed: 5 }),
        transform: adam({ lr: 0.03 }),
        train,
        test,
        batchSize: 10,
        seed,
        steps: 200,
        evalEvery: 20,
      });
    const a = run(7);
    const b = run(7);
    expect(Array.from(a.theta)).toEqual(Array.from(b.theta));
    expect(a.history).toEqual(b.history);
    expect(a.history.map((p) => p.step)).toEqual([0, 20, 40, 60, 80, 100, 120, 140, 160, 180, 200]);
    expect(Array.from(run(8).theta)).not.toEqual(Array.from(a.theta));
  });

  it('equals a hand-written loop: epoch-wise seeded shuffles, batches of b, θ ← θ − η g (plain SGD)', () => {
    const net = mlp({ sizes: [2, 3, 1], activation: 'sigmoid', seed: 2 });
    const ours = trainMlp({ net, transform: sgd({ lr: 0.5 }), train, batchSize: 16, seed: 3, steps: 25 });
    // by hand: same stream (rng(3)), Fisher–Yates per epoch, last batch of an epoch shorter (90 = 5·16 + 10)
    const r = rng(3);
    let theta = net.init();
    let order: number[] = [];
    let cursor = train.n;
    for (let t = 0; t < 25; t++) {
      if (cursor >= train.n) {
        order = Array.from({ length: train.n }, (_, i) => i);
        for (let i = order.length - 1; i > 0; i--) {
          const j = r.int(i + 1);
          [order[i], order[j]] = [order[j], order[i]];
        }
        cursor = 0;
      }
      const idx = order.slice(cursor, cursor + 16);
      cursor += idx.length;
      const X = Float64Array.from(idx.flatMap((i) => [train.X[2 * i], train.X[2 * i + 1]]));
      const y = Float64Array.from(idx.map((i) => train.y[i]));
      const { grad } = net.lossAndGradient(theta, X, y);
      theta = theta.map((v, i) => v - 0.5 * grad[i]);
    }
    expect(Array.from(ours.theta)).toEqual(Array.from(theta));
  });

  it('the same seed gives every transform the same initialisation and batches (the compare mode’s premise)', () => {
    const base = { net: mlp({ sizes: [2, 4, 1], seed: 1 }), train, batchSize: 8, seed: 11, steps: 1 };
    // one step of SGD from the same θ₀ on the same batch: θ₁ − θ₀ = −η g, so two rates give proportional moves
    const theta0 = base.net.init();
    const a = trainMlp({ ...base, transform: sgd({ lr: 0.1 }) }).theta;
    const b = trainMlp({ ...base, transform: sgd({ lr: 0.3 }) }).theta;
    a.forEach((v, i) => expect(b[i] - theta0[i]).toBeCloseTo(3 * (v - theta0[i]), 14));
  });

  it('Adam separates the spiral: ≥ 95% train accuracy within 1500 updates (2-16-16-1 ReLU, η = 0.02, batch 10)', () => {
    for (const seed of [1, 2, 3]) {
      const spiral = dataset2d({ kind: 'spiral', n: 200, noise: 0, seed });
      const net = mlp({ sizes: [2, 16, 16, 1], activation: 'relu', seed });
      const r = trainMlp({
        net,
        transform: adam({ lr: 0.02 }),
        train: spiral,
        batchSize: 10,
        seed,
        steps: 1500,
        evalEvery: 1500,
      });
      expect(r.divergedAt).toBeNull();
      expect(r.history[0].trainAccuracy).toBeLessThan(0.7);
      expect(r.history[1].trainAccuracy).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('records the schedule’s rate and test metrics; lookahead trains through it unchanged', () => {
    const schedule = cosineAnnealingLR({ lr: 0.05, tMax: 100 });
    const r = trainMlp({
      net: mlp({ sizes: [2, 6, 1] }),
      transform: lookahead(adam({ lr: schedule })),
      schedule,
      train,
      test,
      batchSize: 10,
      seed: 1,
      steps: 100,
      evalEvery: 50,
    });
    expect(r.history.map((p) => p.lr)).toEqual([0.05, schedule(50), schedule(100)]);
    expect(r.history[2].testAccuracy).toBeGreaterThan(r.history[0].testAccuracy);
    expect(r.history[2].trainLoss).toBeLessThan(r.history[0].trainLoss);
  });

  it('reports divergence at the step it happens and stops, without throwing or recording NaN', () => {
    const net = mlp({ sizes: [2, 8, 1], activation: 'linear', loss: 'squared', seed: 1 });
    const r = trainMlp({ net, transform: sgd({ lr: 50 }), train, test, batchSize: 10, seed: 1, steps: 500 });
    expect(r.divergedAt).not.toBeNull();
    expect(r.divergedAt!).toBeLessThan(500);
    expect(r.history.every((p) => Number.isFinite(p.trainLoss) && p.trainLoss <= 1e6)).toBe(true);
    expect(r.history[r.history.length - 1].step).toBeLessThan(r.divergedAt!);
  });

  it('mlpTrainer runs in chunks with the same numbers as one whole run', () => {
    const opts = {
      net: mlp({ sizes: [2, 5, 1], seed: 3 }),
      transform: adam({ lr: 0.02 }),
      train,
      test,
      batchSize: 7,
      seed: 4,
      evalEvery: 10,
    };
    const whole = trainMlp({ ...opts, steps: 90 });
    const tr = mlpTrainer({ ...opts, transform: adam({ lr: 0.02 }) });
    const points = [...tr.run(30), ...tr.run(0), ...tr.run(60)];
    expect(points).toEqual(whole.history);
    expect(Array.from(tr.theta())).toEqual(Array.from(whole.theta));
    expect(tr.step).toBe(90);
  });
});
