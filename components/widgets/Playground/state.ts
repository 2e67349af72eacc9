import { z } from 'zod';
import { DATASET2D_KINDS, REGRESSION2D_KINDS } from '@descent/optim';
import { slots, widgetCodec } from '../../../src/lib/urlState/index.ts';
import { seedField } from '../kit/seed.ts';
import { TrainingConfig, legacyConfigKeys } from '../kit/training/TrainingConfig.ts';

export const ACTIVATIONS = ['tanh', 'relu', 'sigmoid', 'linear'] as const;
/** The penalty on the weights (not the biases): none, λ Σ|w| or (λ/2) Σ w² (the package's weightPenalty). */
export const REGULARIZATIONS = ['none', 'l1', 'l2'] as const;

/** Classification (logistic loss, two classes) or regression (squared loss, a real label). */
export const PROBLEMS = ['classification', 'regression'] as const;

/** The network's limits: up to 6 hidden layers of 1 … 16 units (the Playground's are 6 and 8). */
export const MAX_LAYERS = 6;
export const MAX_UNITS = 16;

/** The URL fields of the per-layer widths, units1 … units6. */
export type LayerWidthKey = `units${1 | 2 | 3 | 4 | 5 | 6}`;
export const layerWidthKey = (k: number) => `units${k}` as LayerWidthKey;

function layerWidthFields() {
  const field = z.number().int().min(0).max(MAX_UNITS).default(0);
  return { units1: field, units2: field, units3: field, units4: field, units5: field, units6: field };
}

export const playgroundSchema = z.object({
  /** Old links have no problem type: they decode as classification. */
  problem: z.enum(PROBLEMS).default('classification'),
  dataset: z.enum(DATASET2D_KINDS).default('moons'),
  /** The regression data set (the Playground's plane and multi-Gaussian). */
  regDataset: z.enum(REGRESSION2D_KINDS).default('plane'),
  noise: z.number().min(0).max(0.5).default(0.1),
  /** Points in the data set. */
  n: z.number().int().min(40).max(1000).default(300),
  /** Percentage used for training; the rest is the test set. */
  trainPct: z.number().int().min(10).max(90).default(70),
  /** Input features (the Playground's columns), one flag each so old links keep x₁, x₂ only. */
  x1: z.boolean().default(true),
  x2: z.boolean().default(true),
  x1Squared: z.boolean().default(false),
  x2Squared: z.boolean().default(false),
  x1x2: z.boolean().default(false),
  sinX1: z.boolean().default(false),
  sinX2: z.boolean().default(false),
  layers: z.number().int().min(0).max(MAX_LAYERS).default(2),
  units: z.number().int().min(1).max(MAX_UNITS).default(8),
  /** Width of hidden layer k (1 … 6) set on the network diagram; 0 (and old links): `units`. */
  ...layerWidthFields(),
  activation: z.enum(ACTIVATIONS).default('tanh'),
  regularization: z.enum(REGULARIZATIONS).default('none'),
  /** The penalty's rate λ (used when regularization is L1 or L2). */
  lambda: z.number().min(1e-6).max(1).default(0.001),
  batch: z.number().int().min(1).max(500).default(10),
  /** Run length T in updates (the horizon of cosine, one-cycle, …). */
  steps: z.number().int().min(50).max(20000).default(3000),
  seed: seedField(),
  /** Draw the test points (rings) on the decision plots. */
  showTest: z.boolean().default(true),
  /** Shade only the predicted class, not the confidence. */
  discrete: z.boolean().default(false),
  /** Configurations compared (1–4), on the same initialisation and batches. */
  runs: z.number().int().min(1).max(4).default(2),
  /** Configurations A–D (the first `runs` are trained). */
  configs: slots(TrainingConfig, [
    { optimizer: 'sgd', lr: 0.1, momentum: 0.9, schedule: 'constant' },
    { optimizer: 'adam', lr: 0.01, schedule: 'constant' },
    { optimizer: 'sgd', lr: 0.1, momentum: 0.9, schedule: 'cosine' },
    { optimizer: 'adamw', lr: 0.01, weightDecay: 0.01, schedule: 'warmupCosine' },
  ]),
});

export type PlaygroundState = z.infer<typeof playgroundSchema>;

// Links written before the configurations were slots name their fields `lr1`, `opt2`, …
export const playgroundCodec = widgetCodec('playground', 1, playgroundSchema, {
  legacyKeys: legacyConfigKeys('configs', 4),
});
