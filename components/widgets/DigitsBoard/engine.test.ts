import { describe, expect, it } from 'vitest';
import { adam, mlp, sgd, trainMlp, type Transform } from '@descent/optim';
import { shippedDigits } from '../../../src/lib/digits/shippedDigits.ts';
import { createDigitsEngine, WEIGHT_UNITS, WRONG_SHOWN, type DigitsFrame } from './engine.ts';
import { networkFor, setupFromState, type DigitsSetup } from './model.ts';
import { digitsBoardSchema } from './state.ts';

const digits = shippedDigits();
const defaults = digitsBoardSchema.parse({});

/** Plays a setup to its end in chunks of `per` updates; returns every frame. */
function play(setup: DigitsSetup, per = 37): DigitsFrame[] {
  const engine = createDigitsEngine(digits, setup);
  const frames = [engine.advance(0)];
  while (!engine.done) frames.push(engine.advance(per));
  return frames;
}
const history = (frames: DigitsFrame[], run: number) => frames.flatMap((f) => f.runs[run].points);

describe('the digits board engine', () => {
  const setup = setupFromState(defaults);
  const frames = play(setup);
  const last = frames.at(-1)!;

  it('the default runs are the runs the capstone table describes, trained here directly with trainMlp', () => {
    // A: SGD β = 0.9, η = 0.05; B: Adam η = 10⁻³; C: Adam + L2 λ₂ = 10⁻² (196-64-10 ReLU, seed 1, batch 32)
    const direct = (transform: Transform<unknown>, l2 = 0) =>
      trainMlp({
        net: mlp({ sizes: [196, 64, 10], activation: 'relu', loss: 'softmax', seed: 1, l2 }),
        transform,
        train: digits.train,
        test: digits.test,
        batchSize: 32,
        seed: 1,
        steps: 500,
        evalEvery: 100,
      }).history;
    const byHand = [
      direct(sgd({ lr: 0.05, momentum: 0.9 })),
      direct(adam({ lr: 1e-3 })),
      direct(adam({ lr: 1e-3 }), 1e-2),
    ];
    byHand.forEach((r, i) => {
      const h = history(frames, i);
      for (const step of [0, 100, 500]) {
        const p = h.find((q) => q.step === step)!;
        expect(p.testAccuracy).toBe(r[step / 100].testAccuracy);
        expect(p.testLoss).toBe(r[step / 100].testLoss);
      }
    });
  });

  it('is reproducible: the same setup gives the same histories however the run is chunked', () => {
    const again = play(setup, 100);
    for (let i = 0; i < setup.configs.length; i++)
      expect(history(again, i).map((p) => [p.step, p.trainLoss, p.testAccuracy])).toEqual(
        history(frames, i).map((p) => [p.step, p.trainLoss, p.testAccuracy]),
      );
  });

  it('records about 50 points per run, each with a confusion matrix that accounts for every test digit', () => {
    const h = history(frames, 1);
    expect(h.map((p) => p.step)).toEqual(Array.from({ length: 51 }, (_, k) => 10 * k));
    for (const p of [h[0], h[25], h[50]]) {
      const c = p.confusion!;
      let total = 0;
      let right = 0;
      for (let t = 0; t < 10; t++)
        for (let q = 0; q < 10; q++) {
          total += c[t * 10 + q];
          if (t === q) right += c[t * 10 + q];
        }
      expect(total).toBe(1000);
      expect(right).toBe(Math.round(p.testAccuracy * 1000));
      expect(p.misclassified!.length).toBe(1000 - right);
    }
  });

  it('shows the first misclassified test digits with their pixels, true class and a wrong prediction', () => {
    const run = last.runs[1];
    const end = history(frames, 1).at(-1)!;
    const wrong = run.wrong!;
    expect(wrong.index).toEqual(end.misclassified!.slice(0, WRONG_SHOWN));
    expect(wrong.index.length).toBe(WRONG_SHOWN);
    const net = networkFor(setup, setup.configs[1]);
    expect(net.sizes).toEqual([196, 64, 10]);
    wrong.index.forEach((row, i) => {
      expect(wrong.label[i]).toBe(digits.test.labels[row]);
      expect(wrong.predicted[i]).not.toBe(wrong.label[i]);
      expect(wrong.pixels.subarray(i * 196, (i + 1) * 196)).toEqual(
        digits.test.pixels.subarray(row * 196, (row + 1) * 196),
      );
    });
  });

  it("draws the first layer's first 16 units: their weights, as θ holds them, start at the shared initialisation", () => {
    const first = frames[0].runs;
    const net = networkFor(setup, setup.configs[0]);
    const theta0 = net.init(setup.seed);
    const w0 = net.layerParameters(theta0)[0].weights;
    for (const r of first) {
      expect(r.weightUnits).toBe(64);
      expect(r.weights.length).toBe(WEIGHT_UNITS * 196);
      expect(Array.from(r.weights)).toEqual(Array.from(w0.subarray(0, WEIGHT_UNITS * 196), Math.fround));
    }
    // and they move
    expect(last.runs[0].weights).not.toEqual(first[0].weights);
  });

  it('softmax regression (no hidden layer): one weight image per class; Muon falls back to AdamW and trains', () => {
    const flat = setupFromState(
      digitsBoardSchema.parse({
        layers: 0,
        steps: 100,
        runs: 2,
        configs: [{ optimizer: 'muon', lr: 0.02 }, {}, {}, {}],
      }),
    );
    expect(flat.sizes).toEqual([196, 10]);
    const f = play(flat, 50).at(-1)!;
    expect(f.runs[0].weightUnits).toBe(10);
    expect(f.runs[0].weights.length).toBe(10 * 196);
    const end = f.runs.map((r, i) => history(play(flat, 50), i).at(-1)!);
    for (const p of end) expect(p.testAccuracy).toBeGreaterThan(0.5);
  });

  it('refuses a network whose input or output does not fit the digits, with a message', () => {
    expect(() => createDigitsEngine(digits, { ...setup, sizes: [2, 8, 10] })).toThrow(
      /196 pixels and 10 classes/,
    );
  });
});
