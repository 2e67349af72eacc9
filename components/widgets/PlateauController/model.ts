import {
  logisticRegression,
  makeClassification,
  reduceLROnPlateau,
  rng,
  scheduledSgd,
  type FiniteSum,
  type ReduceLROnPlateauState,
  type Vec,
} from '@descent/optim';
import type { PlateauState } from './state.ts';

export const N_TRAIN = 800;
export const N_VAL = 1000;
export const DIM = 20;
const L2 = 1e-4;

/** One epoch of the run: the losses after it and the controller's state after observing it. */
export interface EpochRecord {
  epoch: number;
  /** The rate used during this epoch's updates. */
  lrUsed: number;
  train: number;
  val: number;
  /** Best value before this observation (±∞ at the first) and the threshold the metric had to beat. */
  bestBefore: number;
  mustBeat: number;
  improved: boolean;
  inCooldown: boolean;
  after: ReduceLROnPlateauState;
}

export interface PlateauResult {
  records: EpochRecord[];
  /** Epochs whose step(val_loss) cut the rate. */
  reductions: number[];
  /** First epoch with a non-finite loss, or null. */
  divergedAt: number | null;
  updatesPerEpoch: number;
  /** The setup this result was computed from (the view describes the result with it, not with the live controls). */
  state: PlateauState;
}

interface Data {
  train: FiniteSum;
  val: FiniteSum;
}
const cache = new Map<number, Data>();

/** Train and validation sets drawn from one seeded distribution (same true weights). */
export function plateauData(seed: number): Data {
  const hit = cache.get(seed);
  if (hit) return hit;
  const all = makeClassification({
    n: N_TRAIN + N_VAL,
    d: DIM,
    seed: `plateau/${seed}`,
    separation: 4,
    flipY: 0.1,
  });
  const split = (a: number, b: number) =>
    logisticRegression({ X: all.X.slice(a, b), y: all.y.slice(a, b), l2: L2 });
  const data = { train: split(0, N_TRAIN), val: split(N_TRAIN, N_TRAIN + N_VAL) };
  if (cache.size > 8) cache.clear();
  cache.set(seed, data);
  return data;
}

/** The threshold a metric must beat, exactly as ReduceLROnPlateau's is_better (mode 'min'). */
export function mustBeat(best: number, threshold: number, mode: 'rel' | 'abs'): number {
  return mode === 'rel' ? best * (1 - threshold) : best - threshold;
}

/**
 * runPlateau(state) → SGD (optim's scheduledSgd, batches without replacement) on the training
 * set, one epoch = ⌈n/b⌉ updates at the controller's current rate; after each epoch the
 * validation loss goes to optim's reduceLROnPlateau (mode 'min'), whose rate the next epoch uses.
 */
export function runPlateau(state: PlateauState): PlateauResult {
  const { train, val } = plateauData(state.seed);
  const ctl = reduceLROnPlateau({
    lr: state.lr,
    mode: 'min',
    factor: state.factor,
    patience: state.patience,
    threshold: state.threshold,
    thresholdMode: state.thresholdMode,
    cooldown: state.cooldown,
    minLr: state.minLr,
  });
  let cs = ctl.init();
  const random = rng(`plateau-run/${state.seed}`);
  const perEpoch = Math.ceil(N_TRAIN / state.batch);
  let x: Vec = new Float64Array(DIM);
  const records: EpochRecord[] = [];
  let divergedAt: number | null = null;
  for (let e = 1; e <= state.epochs; e++) {
    const lrUsed = cs.lr;
    const method = scheduledSgd({ lr: lrUsed, batchSize: state.batch, replacement: true });
    let s = method.init(train, x, random);
    // The epoch owns its states and reads only the newest one: the step may reuse its arrays.
    for (let k = 0; k < perEpoch; k++) s = method.step(train, s, random, { reuse: true }).state;
    x = s.x;
    const tr = train.value(x);
    const v = val.value(x);
    if (!Number.isFinite(v) || !Number.isFinite(tr) || v > 1e6) {
      divergedAt = e;
      break;
    }
    const bestBefore = cs.best;
    const beat = mustBeat(bestBefore, state.threshold, state.thresholdMode);
    const inCooldown = cs.cooldownCounter > 0;
    cs = ctl.observe(cs, v);
    records.push({
      epoch: e,
      lrUsed,
      train: tr,
      val: v,
      bestBefore,
      mustBeat: beat,
      improved: v < beat,
      inCooldown,
      after: cs,
    });
  }
  return {
    records,
    reductions: records.filter((r) => r.after.reduced).map((r) => r.epoch),
    divergedAt,
    updatesPerEpoch: perEpoch,
    state,
  };
}
