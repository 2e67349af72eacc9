import {
  adam,
  adamw,
  cosineAnnealingLR,
  mlp,
  sgd,
  trainMlp,
  warmupCosine,
  type Schedule,
  type Transform,
} from '@descent/optim';
import { shippedDigits } from '../../src/lib/digits/shippedDigits.ts';

/**
 * The capstone's digits section: short seeded runs of the 196-64-10 ReLU network on the same
 * digits the site ships (the build-time asset, parsed as the board parses it), all runs on the
 * same initialisation (seed) and the same mini-batch stream (seed, batch size). Every number the
 * section prints comes from here; nothing is hard-coded.
 */
export const DIGITS_SEED = 1;
export const DIGITS_STEPS = 500;
export const DIGITS_BATCH = 32;
export const DIGITS_EVAL_EVERY = 100;
export const DIGITS_SIZES = [196, 64, 10] as const;

export interface DigitsRunSpec {
  label: string;
  transform: Transform<unknown>;
  schedule?: Schedule;
  /** λ₂ of the network's penalty (λ₂/2)Σw² on the weights (not the biases). */
  l2?: number;
}

export interface DigitsRunSummary {
  label: string;
  /** Test accuracy (fraction) at t = 0, 100, …, DIGITS_STEPS. */
  testAccuracy: number[];
  testLoss: number[];
  trainLoss: number[];
  divergedAt: number | null;
}

/** One seeded run, as the board runs a configuration. */
export function digitsRun(spec: DigitsRunSpec, steps = DIGITS_STEPS): DigitsRunSummary {
  const digits = shippedDigits();
  const r = trainMlp({
    net: mlp({
      sizes: [...DIGITS_SIZES],
      activation: 'relu',
      loss: 'softmax',
      seed: DIGITS_SEED,
      l2: spec.l2 ?? 0,
    }),
    transform: spec.transform,
    schedule: spec.schedule,
    train: digits.train,
    test: digits.test,
    batchSize: DIGITS_BATCH,
    seed: DIGITS_SEED,
    steps,
    evalEvery: DIGITS_EVAL_EVERY,
    trainEvalSize: 1000,
  });
  return {
    label: spec.label,
    testAccuracy: r.history.map((p) => p.testAccuracy),
    testLoss: r.history.map((p) => p.testLoss),
    trainLoss: r.history.map((p) => p.trainLoss),
    divergedAt: r.divergedAt,
  };
}

const pct = (x: number) => Math.round(1000 * x) / 10;

/** The four comparisons the section suggests, each a pair (or triple) of runs. */
export function digitsComparisons() {
  const T = DIGITS_STEPS;
  const warm = warmupCosine({ lr: 1e-3, warmupSteps: 50, totalSteps: T });
  const cold = cosineAnnealingLR({ lr: 1e-3, tMax: T });
  const sgdCos = cosineAnnealingLR({ lr: 0.05, tMax: T });
  const runs = {
    adam: digitsRun({ label: 'Adam η = 10⁻³', transform: adam({ lr: 1e-3 }) }),
    sgdMomentum: digitsRun({ label: 'SGD β = 0.9, η = 0.05', transform: sgd({ lr: 0.05, momentum: 0.9 }) }),
    sgdMomentumCosine: digitsRun({
      label: 'SGD β = 0.9, cosine from 0.05',
      transform: sgd({ lr: sgdCos, momentum: 0.9 }),
      schedule: sgdCos,
    }),
    adamCosine: digitsRun({ label: 'Adam, cosine from 10⁻³', transform: adam({ lr: cold }), schedule: cold }),
    adamWarmupCosine: digitsRun({
      label: 'Adam, 50 warmup steps then cosine',
      transform: adam({ lr: warm }),
      schedule: warm,
    }),
    adamL2: digitsRun({
      label: 'Adam + L2 λ = 10⁻² on the weights',
      transform: adam({ lr: 1e-3 }),
      l2: 1e-2,
    }),
    adamw: digitsRun({ label: 'AdamW λ = 10⁻²', transform: adamw({ lr: 1e-3, weightDecay: 1e-2 }) }),
  };
  const at = (r: DigitsRunSummary, step: number) => pct(r.testAccuracy[step / DIGITS_EVAL_EVERY]);
  const end = (r: DigitsRunSummary) => at(r, T);
  return {
    runs,
    /** Test accuracy (%) after 100 updates and at the end, per run. */
    early: Object.fromEntries(Object.entries(runs).map(([k, r]) => [k, at(r, DIGITS_EVAL_EVERY)])) as Record<
      keyof typeof runs,
      number
    >,
    final: Object.fromEntries(Object.entries(runs).map(([k, r]) => [k, end(r)])) as Record<
      keyof typeof runs,
      number
    >,
    chance: 10,
  };
}
