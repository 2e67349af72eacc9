import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';
import { seedField } from '../kit/seed.ts';

/** Weight norm over training for Adam, Adam + L2 and AdamW at the same λ. */
export const WeightNormRaceState = z.object({
  /** Learning rate η, shared by the three runs. */
  lr: z.number().min(1e-4).max(1).default(0.01),
  /** λ, PyTorch's weight_decay: coupled for Adam + L2, decoupled for AdamW. */
  wd: z.number().min(1e-4).max(10).default(0.1),
  /** λ of the Adam + L2 run as a multiple of λ, to look for a coupled strength that matches AdamW's norm. */
  l2Factor: z.number().min(1e-3).max(1e3).default(1),
  /** Ratio of the largest to the smallest feature scale. */
  spread: z.number().min(1).max(1e4).default(100),
  batch: z.number().int().min(1).max(200).default(10),
  steps: z.number().int().min(10).max(4000).default(2000),
  seed: seedField(),
});
export type WeightNormRaceState = z.infer<typeof WeightNormRaceState>;

export const weightNormRaceCodec = widgetCodec('adamw-weight-norm', 1, WeightNormRaceState);
