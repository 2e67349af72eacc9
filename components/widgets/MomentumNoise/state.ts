import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';
import { seedField } from '../kit/seed.ts';

/** Momentum with noisy gradients: every parameter with its default and range. */
export const MomentumNoiseState = z.object({
  /** The effective step η/(1 − β) shared by the compared runs. */
  effLr: z.number().min(0.001).max(3).default(0.2),
  beta: z.number().min(0).max(0.99).default(0.9),
  /** Standard deviation σ of the gradient noise per coordinate. */
  sigma: z.number().min(0.01).max(10).default(1),
  kappa: z.number().min(1).max(100).default(10),
  steps: z.number().int().min(100).max(5000).default(2000),
  runs: z.number().int().min(1).max(12).default(8),
  /** Also run momentum at the plain-SGD learning rate (effective step 1/(1 − β) times larger). */
  sameLr: z.boolean().default(true),
  seed: seedField(),
});
export type MomentumNoiseState = z.infer<typeof MomentumNoiseState>;

export const momentumNoiseCodec = widgetCodec('momentum-noise', 1, MomentumNoiseState);
