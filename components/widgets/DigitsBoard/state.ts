import { z } from 'zod';
import { slots, widgetCodec } from '../../../src/lib/urlState/index.ts';
import { seedField } from '../kit/seed.ts';
import { TrainingConfig } from '../kit/training/TrainingConfig.ts';

export const DIGITS_ACTIVATIONS = ['relu', 'tanh'] as const;

/**
 * One configuration of the digits board: a training configuration (optimizer, hyperparameters,
 * schedule) plus an optional penalty (λ₂/2)‖w‖² on the weights — the "Adam + L2" the AdamW lesson
 * sets against AdamW's decoupled decay needs the penalty per configuration, not per board.
 */
export const DigitsConfig = TrainingConfig.extend({
  l2On: z.boolean().default(false),
  l2: z.number().min(1e-5).max(0.1).default(0.01),
});
export type DigitsConfig = z.infer<typeof DigitsConfig>;

export const digitsBoardSchema = z.object({
  /** Hidden layers (0: softmax regression on the pixels, whose weights are one template per class). */
  layers: z.number().int().min(0).max(2).default(1),
  units: z.number().int().min(8).max(128).default(64),
  activation: z.enum(DIGITS_ACTIVATIONS).default('relu'),
  batch: z.number().int().min(1).max(512).default(32),
  /** Run length T in updates. */
  steps: z.number().int().min(100).max(5000).default(500),
  seed: seedField(),
  /** Configurations compared (1–4), on the same initialisation and mini-batches. */
  runs: z.number().int().min(1).max(4).default(4),
  // The defaults are four of the capstone table's runs, so a reader who presses Play reproduces it.
  configs: slots(DigitsConfig, [
    { optimizer: 'sgd', lr: 0.05, momentum: 0.9, schedule: 'constant' },
    { optimizer: 'adam', lr: 0.001, schedule: 'constant' },
    { optimizer: 'adam', lr: 0.001, schedule: 'constant', l2On: true, l2: 0.01 },
    { optimizer: 'adamw', lr: 0.001, weightDecay: 0.01, schedule: 'constant' },
  ]),
});

export type DigitsBoardState = z.infer<typeof digitsBoardSchema>;

export const digitsBoardCodec = widgetCodec('digits', 1, digitsBoardSchema);
