import { integer, nonNegative, oneOf, positive } from '../internal/validate.ts';

export interface ReduceLROnPlateauOptions {
  lr: number;
  /** 'min': lower metric is better (a loss); 'max': higher is better (an accuracy). */
  mode?: 'min' | 'max';
  /** Multiplier on reduction, in (0, 1); default 0.1. */
  factor?: number;
  /** Bad epochs tolerated before reducing; default 10. */
  patience?: number;
  /** Minimum improvement that counts; default 1e-4. */
  threshold?: number;
  /** 'rel': better than best·(1 ∓ threshold); 'abs': better than best ∓ threshold. */
  thresholdMode?: 'rel' | 'abs';
  /** Epochs to wait after a reduction before counting bad epochs again; default 0. */
  cooldown?: number;
  minLr?: number;
  /** Reductions smaller than eps are skipped; default 1e-8. */
  eps?: number;
}

export interface ReduceLROnPlateauState {
  /** Current learning rate. */
  lr: number;
  /** Best metric so far (±∞ before the first observation). */
  best: number;
  /** Consecutive epochs without improvement. */
  numBadEpochs: number;
  /** Epochs of cooldown left. */
  cooldownCounter: number;
  /** Observations so far. */
  epoch: number;
  /** Whether the last observation reduced the lr (for markers in a plot). */
  reduced: boolean;
}

export interface ReduceLROnPlateau {
  init(): ReduceLROnPlateauState;
  observe(state: ReduceLROnPlateauState, metric: number): ReduceLROnPlateauState;
}

/**
 * A controller, not a function of $k$: after each epoch, `observe` the validation metric. If it
 * improved on the best by more than the threshold the bad-epoch counter resets, otherwise it grows;
 * during cooldown it is held at 0; when it exceeds `patience` the learning rate becomes
 * $\max(\eta\cdot\text{factor}, \eta_{\min})$ (skipped if that changes it by less than `eps`), the
 * counter resets and cooldown starts. Exactly `torch.optim.lr_scheduler.ReduceLROnPlateau.step(metric)`.
 * A NaN metric counts as a bad epoch, as in PyTorch.
 */
export function reduceLROnPlateau(options: ReduceLROnPlateauOptions): ReduceLROnPlateau {
  const fn = 'reduceLROnPlateau';
  const {
    lr,
    mode = 'min',
    factor = 0.1,
    patience = 10,
    threshold = 1e-4,
    thresholdMode = 'rel',
    cooldown = 0,
    minLr = 0,
    eps = 1e-8,
  } = options;
  nonNegative(fn, 'lr', lr);
  oneOf(fn, 'mode', mode, ['min', 'max'] as const);
  positive(fn, 'factor', factor);
  if (factor >= 1) throw new RangeError(`${fn}: factor must be < 1, got ${factor}`);
  integer(fn, 'patience', patience, 0);
  nonNegative(fn, 'threshold', threshold);
  oneOf(fn, 'thresholdMode', thresholdMode, ['rel', 'abs'] as const);
  integer(fn, 'cooldown', cooldown, 0);
  nonNegative(fn, 'minLr', minLr);
  nonNegative(fn, 'eps', eps);

  const isBetter = (a: number, best: number): boolean => {
    if (mode === 'min') return thresholdMode === 'rel' ? a < best * (1 - threshold) : a < best - threshold;
    return thresholdMode === 'rel' ? a > best * (threshold + 1) : a > best + threshold;
  };

  return {
    init: () => ({
      lr,
      best: mode === 'min' ? Infinity : -Infinity,
      numBadEpochs: 0,
      cooldownCounter: 0,
      epoch: 0,
      reduced: false,
    }),
    observe(state, metric) {
      let { lr: current, best, numBadEpochs, cooldownCounter } = state;
      if (isBetter(metric, best)) {
        best = metric;
        numBadEpochs = 0;
      } else {
        numBadEpochs += 1;
      }
      if (cooldownCounter > 0) {
        cooldownCounter -= 1;
        numBadEpochs = 0;
      }
      let reduced = false;
      if (numBadEpochs > patience) {
        const next = Math.max(current * factor, minLr);
        if (current - next > eps) {
          current = next;
          reduced = true;
        }
        cooldownCounter = cooldown;
        numBadEpochs = 0;
      }
      return { lr: current, best, numBadEpochs, cooldownCounter, epoch: state.epoch + 1, reduced };
    },
  };
}
