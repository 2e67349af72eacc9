import type { Schedule, Transform, Vec } from '../types.ts';
import type { Mlp } from './mlp.ts';
import type { Dataset } from './dataset2d.ts';
import { rng, type Rng } from '../rng.ts';
import { finite, integer, positive } from '../internal/validate.ts';
import { stepInPlace } from '../transforms/stepInPlace.ts';
import { confusionMatrix } from './confusionMatrix.ts';
import { misclassified } from './misclassified.ts';

export interface TrainMlpOptions {
  net: Mlp;
  /** Any gradient transformation (an optimizer, a chain, lookahead(…)). */
  transform: Transform<unknown>;
  train: Dataset;
  test?: Dataset;
  batchSize: number;
  /** Seed of the mini-batch stream: same seed and batch size, same batches, whatever the transform. */
  seed: number;
  /** Starting parameters (copied), default net.init(). */
  theta0?: Vec;
  /** Record a history point every this many updates (and at t = 0), default 1. */
  evalEvery?: number;
  /** The schedule inside `transform`, only to record η_t in the history. */
  schedule?: Schedule;
  /** A loss above this (or a non-finite loss or θ) counts as divergence; default 1e6. */
  divergeAbove?: number;
  /** Record the train loss and accuracy on this many training rows (every (n/m)-th row, fixed
   *  for the run) instead of all n: on the digits' 6,000 rows a full pass costs as much as ~60
   *  updates. Default: all rows. */
  trainEvalSize?: number;
  /** Record the test set's confusion matrix and misclassified rows at every history point (a
   *  classifier — logistic or softmax loss — and a test set needed). Default false. */
  testDetails?: boolean;
}

export interface TrainPoint {
  /** Updates applied so far. */
  step: number;
  /** The rate the next update uses (schedule(step)), NaN without a schedule. */
  lr: number;
  trainLoss: number;
  trainAccuracy: number;
  testLoss: number;
  testAccuracy: number;
  /** With `testDetails`: the test set's confusion matrix, k × k, counts[true·k + predicted]. */
  confusion?: Uint32Array;
  /** With `testDetails`: the indices of the test rows classified wrongly, increasing. */
  misclassified?: Uint32Array;
}

export interface MlpTrainer {
  /** Runs up to `updates` more updates (stops early on divergence); returns the new history points. */
  run(updates: number): TrainPoint[];
  /** Updates applied so far. */
  readonly step: number;
  /** The current parameters (a copy). */
  theta(): Vec;
  /** The update at which the run diverged, or null: the first update t whose mini-batch loss
   *  (at θ_{t−1}) or recorded full training loss is non-finite or above `divergeAbove`, or after
   *  which θ_t is non-finite at a recorded point or the end of a `run`. */
  readonly divergedAt: number | null;
}

/**
 * Mini-batch training of a network with any transform: each epoch visits the training set in a
 * fresh seeded random order (sampling without replacement, as a shuffling DataLoader), in batches
 * of `batchSize` (the last batch of an epoch may be smaller); update t computes
 * $g_t = \nabla \frac1b\sum_{i\in B_t}\ell_i(\theta_{t-1})$ and applies the transform in place.
 * Batches are copied into buffers allocated once; the transform's state is owned by the trainer.
 * History: train (and test) loss and accuracy at t = 0 and every `evalEvery` updates, up to
 * (not including) divergence; the loss is the data loss without the network's weight penalty
 * (mlp.evaluate), as the Playground and PyTorch report it. Nothing is evaluated between history
 * points, so `evalEvery` (with `trainEvalSize` for large training sets) sets what evaluation costs.
 */
export function mlpTrainer(options: TrainMlpOptions): MlpTrainer {
  const fn = 'mlpTrainer';
  const { net, transform, train, test, seed, evalEvery = 1, schedule, divergeAbove = 1e6 } = options;
  const batchSize = integer(fn, 'batchSize', options.batchSize, 1);
  integer(fn, 'evalEvery', evalEvery, 1);
  finite(fn, 'seed', seed);
  positive(fn, 'divergeAbove', divergeAbove);
  const d = net.sizes[0];
  if (!train || train.n < 1 || train.X.length !== train.n * d)
    throw new RangeError(`${fn}: train must hold n × ${d} inputs`);
  if (test && (test.n < 1 || test.X.length !== test.n * d || test.y.length !== test.n))
    throw new RangeError(`${fn}: test must hold n × ${d} inputs and n labels`);
  const details = options.testDetails ?? false;
  if (details && (!test || net.loss === 'squared'))
    throw new RangeError(`${fn}: testDetails needs a test set and a classifier (logistic or softmax loss)`);
  const trainEval = evaluationRows(
    train,
    d,
    integer(fn, 'trainEvalSize', options.trainEvalSize ?? train.n, 1),
  );
  const predicted = details && test ? new Int32Array(test.n) : null;
  // the test labels as class indices (logistic labels are read as y ≥ ½, as mlp.accuracy does)
  const testClasses =
    details && test
      ? Float64Array.from(test.y, (v) => (net.loss === 'softmax' ? v : v >= 0.5 ? 1 : 0))
      : null;
  const theta = options.theta0 ? Float64Array.from(options.theta0) : net.init();
  if (theta.length !== net.size) throw new RangeError(`${fn}: theta0 must have length ${net.size}`);
  let state = transform.init(theta);
  const stream = rng(seed);
  const b = Math.min(batchSize, train.n);
  const Xb = new Float64Array(b * d);
  const yb = new Float64Array(b);
  const grad = new Float64Array(net.size);
  const order = new Uint32Array(train.n);
  const draws = new Float64Array(train.n);
  const trainX = train.X;
  const trainY = train.y;
  let cursor = train.n; // forces a shuffle before the first batch
  let step = 0;
  let divergedAt: number | null = null;

  const finiteTheta = () => {
    for (let i = 0; i < theta.length; i++) if (!Number.isFinite(theta[i])) return false;
    return true;
  };

  const record = (): TrainPoint => {
    const tr = net.evaluate(theta, trainEval.X, trainEval.y);
    const te = test
      ? net.evaluate(theta, test.X, test.y, test.n, predicted ?? undefined)
      : { loss: NaN, accuracy: NaN };
    const point: TrainPoint = {
      step,
      lr: schedule ? schedule(step) : NaN,
      trainLoss: tr.loss,
      trainAccuracy: tr.accuracy,
      testLoss: te.loss,
      testAccuracy: te.accuracy,
    };
    if (predicted && testClasses && test) {
      point.confusion = confusionMatrix(predicted, testClasses, net.classes, test.n);
      point.misclassified = misclassified(predicted, testClasses, test.n);
    }
    return point;
  };

  const bad = (loss: number) => !(loss <= divergeAbove);
  const pending: TrainPoint[] = [record()];
  if (bad(pending[0].trainLoss)) {
    divergedAt = 0;
    pending.length = 0;
  }

  return {
    run(updates: number) {
      integer('mlpTrainer.run', 'updates', updates, 0);
      const out = pending.splice(0, pending.length);
      for (let u = 0; u < updates && divergedAt === null; u++) {
        if (cursor >= order.length) {
          shuffleOrder(order, stream, draws);
          cursor = 0;
        }
        const m = Math.min(b, order.length - cursor);
        gatherBatch(trainX, trainY, d, order, cursor, m, Xb, yb);
        cursor += m;
        const batchLoss = net.lossAndGradientInto(theta, Xb, yb, grad, m);
        try {
          state = stepInPlace(transform, grad, state, theta);
        } catch {
          divergedAt = step + 1; // a schedule or transform rejected a value: stop, do not throw
        }
        step++;
        // θ_t itself is checked at every recorded point and at the end of a run; in between, a
        // non-finite θ_t shows as a non-finite mini-batch loss at the next update.
        if (divergedAt !== null || bad(batchLoss)) {
          divergedAt = step;
          break;
        }
        const last = u === updates - 1;
        if ((last || step % evalEvery === 0) && !finiteTheta()) {
          divergedAt = step;
          break;
        }
        if (step % evalEvery === 0) {
          const p = record();
          if (bad(p.trainLoss)) {
            divergedAt = step; // the history keeps only finite points: nothing NaN is ever drawn
            break;
          }
          out.push(p);
        }
      }
      return out;
    },
    get step() {
      return step;
    },
    theta: () => Float64Array.from(theta),
    get divergedAt() {
      return divergedAt;
    },
  };
}

/** The rows the train metrics are recorded on: all of them, or m rows spread evenly over the
 *  set (row ⌊i·n/m⌋ for i < m), copied once. */
function evaluationRows(train: Dataset, d: number, m: number): Dataset {
  if (m >= train.n) return train;
  const X = new Float64Array(m * d);
  const y = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const src = Math.floor((i * train.n) / m);
    X.set(train.X.subarray(src * d, src * d + d), i * d);
    y[i] = train.y[src];
  }
  return { X, y, n: m };
}

/** A fresh permutation of 0 … n − 1 (Fisher–Yates), drawn from `stream`. Module-level functions
 *  with every value passed in: several trainers share their optimised code (see gatherBatch). */
function shuffleOrder(order: Uint32Array, stream: Rng, draws: Float64Array): void {
  for (let i = 0; i < order.length; i++) order[i] = i;
  // stream.int(i + 1) is ⌊uniform()·(i + 1)⌋: the same draws, taken in one call
  stream.fillUniform(draws, order.length - 1);
  for (let i = order.length - 1, k = 0; i > 0; i--, k++) {
    const j = Math.floor(draws[k] * (i + 1));
    const tmp = order[i];
    order[i] = order[j];
    order[j] = tmp;
  }
}

/** Copies the rows order[start … start + m − 1] of (X, y) into the batch buffers. A trainer's
 *  values come in as arguments, not from its closure: when several trainers run in one page (the
 *  playground's compare mode), V8 compiles their shared code without constant closure values,
 *  and a loop that reads them from the closure on every example was a fifth of the run time. */
function gatherBatch(
  X: Vec,
  y: Vec,
  d: number,
  order: Uint32Array,
  start: number,
  m: number,
  Xb: Vec,
  yb: Vec,
): void {
  if (d === 2) {
    for (let i = 0; i < m; i++) {
      const src = order[start + i];
      Xb[2 * i] = X[2 * src];
      Xb[2 * i + 1] = X[2 * src + 1];
      yb[i] = y[src];
    }
    return;
  }
  for (let i = 0; i < m; i++) {
    const src = order[start + i];
    for (let k = 0; k < d; k++) Xb[i * d + k] = X[src * d + k];
    yb[i] = y[src];
  }
}

export interface TrainMlpResult {
  theta: Vec;
  history: TrainPoint[];
  divergedAt: number | null;
}

/** A whole run of `steps` updates (see {@link mlpTrainer}); never throws on divergence. */
export function trainMlp(options: TrainMlpOptions & { steps: number }): TrainMlpResult {
  const steps = integer('trainMlp', 'steps', options.steps, 0);
  const trainer = mlpTrainer(options);
  const history = trainer.run(steps);
  return { theta: trainer.theta(), history, divergedAt: trainer.divergedAt };
}
