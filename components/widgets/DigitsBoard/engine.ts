// Runs every configuration of a digits setup side by side, in chunks, and produces frames: new
// history points (with the test set's confusion matrix and misclassified rows), the first-layer
// weights to draw, and the first misclassified test digits with their predicted class. Used by
// the worker once the digits have arrived.
import { mlpTrainer, type Mlp, type MlpTrainer, type TrainPoint } from '@descent/optim';
import type { Digits } from '../../../src/lib/digits/parseDigits.ts';
import { advanceInChunks } from '../kit/training/advanceInChunks.ts';
import { mlpNetworkLayout } from '../kit/training/networkLayout.ts';
import type { RunFrame, TrainingEngine, TrainingFrame } from '../kit/training/trainingHost.ts';
import { learningRateOf, transformOf } from '../kit/training/trainingConfigSpecs.ts';
import { digitsConfigLabel, evalEvery, networkFor, TRAIN_EVAL_ROWS, type DigitsSetup } from './model.ts';

/** First-layer units drawn as images (all of them when the layer is this small). */
export const WEIGHT_UNITS = 16;
/** Misclassified test digits shown per run. */
export const WRONG_SHOWN = 24;

export interface WrongDigits {
  /** Test-set indices of the first misclassified digits (increasing). */
  index: Uint32Array;
  /** What the network predicts for each. */
  predicted: Uint8Array;
  /** Their true classes. */
  label: Uint8Array;
  /** Their pixels, one width × height image after another (0 = paper, 255 = ink). */
  pixels: Uint8Array;
}

export interface DigitsRunFrame extends RunFrame {
  /** The first WEIGHT_UNITS rows of the first weight matrix (unit j's weights on the pixels,
   *  row-major image), and how many units that layer has in all. */
  weights: Float32Array;
  weightUnits: number;
  /** At the latest recorded point (null before the first, or after divergence). */
  wrong: WrongDigits | null;
}

export type DigitsFrame = TrainingFrame<DigitsRunFrame>;

interface Run {
  label: string;
  net: Mlp;
  trainer: MlpTrainer;
  observe?: (metric: number) => void;
  latest: TrainPoint | null;
  wrong: WrongDigits | null;
}

export function createDigitsEngine(digits: Digits, setup: DigitsSetup): TrainingEngine<DigitsFrame> {
  const d = digits.width * digits.height;
  if (setup.sizes[0] !== d || setup.sizes.at(-1) !== digits.classes)
    throw new RangeError(
      `The network takes ${setup.sizes[0]} inputs and ${setup.sizes.at(-1)} classes; the digits have ${d} pixels and ${digits.classes} classes`,
    );
  const every = evalEvery(setup.steps);
  const shown = Math.min(WEIGHT_UNITS, setup.sizes[1]);
  const runs: Run[] = setup.configs.map((c) => {
    const net = networkFor(setup, c);
    const rate = learningRateOf(c, setup.steps);
    const trainer = mlpTrainer({
      net,
      transform: transformOf(c, rate.schedule, mlpNetworkLayout(net)),
      schedule: rate.schedule,
      train: digits.train,
      test: digits.test,
      batchSize: setup.batch,
      seed: setup.seed,
      theta0: net.init(setup.seed),
      evalEvery: every,
      trainEvalSize: TRAIN_EVAL_ROWS,
      testDetails: true,
    });
    return { label: digitsConfigLabel(c), net, trainer, observe: rate.observe, latest: null, wrong: null };
  });

  const rows = new Float64Array(WRONG_SHOWN * d);
  /** The first misclassified digits at point p, with the classes the network gives them now. */
  const wrongAt = (run: Run, p: TrainPoint): WrongDigits => {
    const all = p.misclassified ?? new Uint32Array(0);
    const index = all.slice(0, WRONG_SHOWN);
    const pixels = new Uint8Array(index.length * d);
    const label = new Uint8Array(index.length);
    index.forEach((row, i) => {
      pixels.set(digits.test.pixels.subarray(row * d, (row + 1) * d), i * d);
      rows.set(digits.test.X.subarray(row * d, (row + 1) * d), i * d);
      label[i] = digits.test.labels[row];
    });
    const predicted = Uint8Array.from(run.net.classify(run.trainer.theta(), rows, undefined, index.length));
    return { index, predicted, label, pixels };
  };

  const note = (run: Run, points: readonly TrainPoint[]) => {
    const last = points.at(-1);
    if (!last) return;
    run.latest = last;
    run.wrong = wrongAt(run, last);
  };

  const weightsOf = (run: Run) => {
    const w = new Float32Array(shown * d);
    const first = run.net.layerParameters(run.trainer.theta())[0];
    // layerParameters gives W as outputs × inputs, row-major: unit j's weights are row j
    for (let q = 0; q < w.length; q++) w[q] = first.weights[q];
    return w;
  };

  let step = 0;
  const pending: TrainPoint[][] = runs.map((r) => {
    const pts = r.trainer.run(0);
    note(r, pts);
    return pts;
  });
  return {
    steps: setup.steps,
    get done() {
      return step >= setup.steps;
    },
    advance(updates: number) {
      const target = Math.min(setup.steps, step + Math.max(0, Math.floor(updates)));
      const fresh = runs.map((_, i) => pending[i].splice(0));
      step = advanceInChunks(runs, step, target, every, fresh);
      runs.forEach((run, i) => note(run, fresh[i]));
      return {
        step,
        steps: setup.steps,
        done: step >= setup.steps,
        runs: runs.map((run, i) => ({
          label: run.label,
          points: fresh[i],
          divergedAt: run.trainer.divergedAt,
          weights: weightsOf(run),
          weightUnits: setup.sizes[1],
          wrong: run.trainer.divergedAt === null ? run.wrong : null,
        })),
      };
    },
  };
}
