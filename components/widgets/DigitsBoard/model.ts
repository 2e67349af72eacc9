// The digits board's model: URL state → a plain, structured-cloneable setup → the networks it
// trains (@descent/optim). Optimizers and schedules come from the kit's training configurations.
// Pure; the worker and the tests use it.
import { mlp, type Mlp } from '@descent/optim';
import { configLabel } from '../kit/training/configLabel.ts';
import type { DigitsBoardState, DigitsConfig } from './state.ts';

/** Pixels of a downsampled digit (14 × 14) and classes: fixed by the shipped asset. */
export const DIGIT_SIDE = 14;
export const DIGIT_INPUTS = DIGIT_SIDE * DIGIT_SIDE;
export const DIGIT_CLASSES = 10;

export interface DigitsSetup {
  sizes: number[];
  activation: DigitsBoardState['activation'];
  batch: number;
  steps: number;
  seed: number;
  /** The configurations trained (the first `runs` of the state's). */
  configs: DigitsConfig[];
}

export function setupFromState(state: DigitsBoardState): DigitsSetup {
  return {
    sizes: [DIGIT_INPUTS, ...Array.from({ length: state.layers }, () => state.units), DIGIT_CLASSES],
    activation: state.activation,
    batch: state.batch,
    steps: state.steps,
    seed: state.seed,
    configs: state.configs.slice(0, state.runs),
  };
}

/**
 * The network configuration c trains: the setup's architecture with c's penalty on the weights.
 * Every configuration's network has the same initialisation (init depends on sizes, activation
 * and seed, not on the penalty), and `mlpTrainer` with the same seed and batch size draws the same
 * mini-batches, so runs differ only in what the reader chose.
 */
export function networkFor(setup: DigitsSetup, c: DigitsConfig): Mlp {
  return mlp({
    sizes: setup.sizes,
    activation: setup.activation,
    loss: 'softmax',
    seed: setup.seed,
    l2: c.l2On ? c.l2 : 0,
  });
}

/** Parameters of a network with these layer sizes (weights and biases). */
export function parameterCount(sizes: readonly number[]): number {
  let n = 0;
  for (let l = 1; l < sizes.length; l++) n += sizes[l - 1] * sizes[l] + sizes[l];
  return n;
}

/**
 * Updates between recorded points: about 50 per run. Each point evaluates 1,000 test digits and
 * TRAIN_EVAL_ROWS training digits, as much work as about 20 updates of batch 32, so recording more
 * often would make evaluation, not training, the cost of a run.
 */
export function evalEvery(T: number): number {
  return Math.max(1, Math.round(T / 50));
}

/** Training rows the train loss and accuracy are measured on (spread evenly over the 6,000). */
export const TRAIN_EVAL_ROWS = 1000;

/** The legend label of a configuration: the kit's, with the penalty when it has one. */
export function digitsConfigLabel(c: DigitsConfig): string {
  const base = configLabel(c);
  return c.l2On ? `${base} + L2 λ₂ = ${short(c.l2)} on the weights` : base;
}
const short = (x: number) => (x >= 0.01 ? String(Number(x.toPrecision(3))) : x.toExponential(0));
