import { describe, expect, it } from 'vitest';
import { mlpTrainer, trainMlp } from './trainMlp.ts';
import { mlp } from './mlp.ts';
import { dataset2d, splitDataset } from './dataset2d.ts';
import { adam } from '../optimizers/adam.ts';
import { sgd } from '../optimizers/sgd.ts';
import { rng } from '../rng.ts';
import { cosineAnnealingLR } from '../schedules/cosineAnnealingLR.ts';
import { lookahead } from '../transforms/lookahead.ts';
import { regression2d } from './regression2d.ts';

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

describe('mlpTrainer: softmax, regression and what the digits board reads', () => {
  /** Three Gaussian blobs in the plane, classes 0, 1, 2 (a seeded multi-class set). */
  function blobs(n: number, seed: number) {
    const r = rng(seed);
    const X = new Float64Array(2 * n);
    const y = new Float64Array(n);
    const centres = [
      [-0.5, -0.3],
      [0.5, -0.3],
      [0, 0.5],
    ];
    for (let i = 0; i < n; i++) {
      const c = i % 3;
      X[2 * i] = r.normal(centres[c][0], 0.3);
      X[2 * i + 1] = r.normal(centres[c][1], 0.3);
      y[i] = c;
    }
    return { X, y, n };
  }
  const tr3 = blobs(240, 1);
  const te3 = blobs(90, 2);

  it('a softmax run is seeded: same seed, identical losses and θ; another seed, different ones', () => {
    const run = (seed: number) =>
      trainMlp({
        net: mlp({ sizes: [2, 8, 3], activation: 'tanh', loss: 'softmax', seed: 3 }),
        transform: adam({ lr: 0.02 }),
        train: tr3,
        test: te3,
        batchSize: 16,
        seed,
        steps: 150,
        evalEvery: 50,
      });
    const a = run(4);
    const b = run(4);
    expect(a.history.map((p) => [p.trainLoss, p.testLoss])).toEqual(
      b.history.map((p) => [p.trainLoss, p.testLoss]),
    );
    expect(Array.from(a.theta)).toEqual(Array.from(b.theta));
    const c = run(5);
    expect(c.history[3].trainLoss).not.toBe(a.history[3].trainLoss);
    expect(a.history[3].testAccuracy).toBeGreaterThan(0.85); // three blobs 0.6–0.9 apart, σ = 0.3
  });

  it('testDetails records the test confusion matrix and the misclassified rows, consistent with classify', () => {
    const net = mlp({ sizes: [2, 6, 3], loss: 'softmax', seed: 1 });
    const trainer = mlpTrainer({
      net,
      transform: adam({ lr: 0.02 }),
      train: tr3,
      test: te3,
      batchSize: 10,
      seed: 2,
      evalEvery: 40,
      testDetails: true,
    });
    const points = trainer.run(80);
    expect(points.map((p) => p.step)).toEqual([0, 40, 80]);
    const last = points[2];
    const predicted = net.classify(trainer.theta(), te3.X);
    let wrong = 0;
    const counts = new Array(9).fill(0);
    for (let i = 0; i < te3.n; i++) {
      counts[te3.y[i] * 3 + predicted[i]]++;
      if (predicted[i] !== te3.y[i]) wrong++;
    }
    expect(Array.from(last.confusion!)).toEqual(counts);
    expect(last.misclassified!.length).toBe(wrong);
    expect(Array.from(last.misclassified!).every((i) => predicted[i] !== te3.y[i])).toBe(true);
    expect(last.testAccuracy).toBeCloseTo(1 - wrong / te3.n, 15);
    // a logistic network has two classes; labels are read as y ≥ ½
    const bin = trainMlp({
      net: mlp({ sizes: [2, 4, 1] }),
      transform: adam({ lr: 0.02 }),
      train,
      test,
      batchSize: 10,
      seed: 1,
      steps: 10,
      evalEvery: 10,
      testDetails: true,
    });
    expect(bin.history[1].confusion!.length).toBe(4);
    expect(bin.history[1].confusion!.reduce((s, v) => s + v, 0)).toBe(test.n);
    expect(() =>
      mlpTrainer({
        net: mlp({ sizes: [2, 1], loss: 'squared' }),
        transform: sgd({ lr: 0.1 }),
        train,
        test,
        batchSize: 4,
        seed: 1,
        testDetails: true,
      }),
    ).toThrow(/testDetails needs/);
  });

  it('trainEvalSize records the train metrics on m evenly spread rows and leaves the updates unchanged', () => {
    const opts = {
      transform: adam({ lr: 0.02 }),
      train: tr3,
      test: te3,
      batchSize: 12,
      seed: 3,
      steps: 60,
      evalEvery: 30,
    };
    const full = trainMlp({ ...opts, net: mlp({ sizes: [2, 5, 3], loss: 'softmax', seed: 2 }) });
    const net = mlp({ sizes: [2, 5, 3], loss: 'softmax', seed: 2 });
    const part = trainMlp({ ...opts, transform: adam({ lr: 0.02 }), net, trainEvalSize: 50 });
    expect(Array.from(part.theta)).toEqual(Array.from(full.theta));
    expect(part.history.map((p) => p.testLoss)).toEqual(full.history.map((p) => p.testLoss));
    const rows = Array.from({ length: 50 }, (_, i) => Math.floor((i * 240) / 50));
    const X = Float64Array.from(rows.flatMap((i) => [tr3.X[2 * i], tr3.X[2 * i + 1]]));
    const y = Float64Array.from(rows.map((i) => tr3.y[i]));
    const ev = net.evaluate(part.theta, X, y);
    expect(part.history[2].trainLoss).toBe(ev.loss);
    expect(part.history[2].trainAccuracy).toBe(ev.accuracy);
  });

  it('records the data loss without the penalty, so runs with and without L2 plot on one scale', () => {
    const base = { transform: sgd({ lr: 0.1 }), train, test, batchSize: 10, seed: 1, steps: 0 };
    const theta0 = mlp({ sizes: [2, 4, 1] }).init(1);
    const plain = trainMlp({ ...base, net: mlp({ sizes: [2, 4, 1] }), theta0 });
    const reg = trainMlp({ ...base, net: mlp({ sizes: [2, 4, 1], l2: 1 }), theta0 });
    expect(reg.history[0].trainLoss).toBe(plain.history[0].trainLoss);
  });

  it('fits the Playground’s multi-Gaussian regression set with the squared loss (test MSE from ≈ 0.1 to ≤ 0.02)', () => {
    const data = regression2d({ kind: 'gauss', n: 1200, seed: 1 });
    const { train: rtrain, test: rtest } = splitDataset(data, 0.5);
    const r = trainMlp({
      net: mlp({ sizes: [2, 16, 16, 1], activation: 'tanh', loss: 'squared', seed: 1 }),
      transform: adam({ lr: 0.01 }),
      train: rtrain,
      test: rtest,
      batchSize: 10,
      seed: 1,
      steps: 3000,
      evalEvery: 3000,
    });
    expect(r.divergedAt).toBeNull();
    expect(r.history[0].testLoss).toBeGreaterThan(0.05);
    expect(r.history[1].testLoss).toBeLessThanOrEqual(0.02);
  });
});
