import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';
import { seedField } from '../kit/seed.ts';

/** State of the SGD vs SVRG vs SAGA race (and of the variance chart, which shares its run). */
export const raceSchema = z.object({
  /** Examples. */
  n: z.number().int().min(10).max(1000).default(200),
  /** ℓ2 coefficient λ = μ. */
  l2: z.number().min(1e-4).max(1).default(0.01),
  /** Feature scale s: L_max grows as s². */
  scale: z.number().min(0.1).max(10).default(1),
  /** 'practical': every method at 1/(3 L_max), SVRG m = 2n (option I); 'theorem': the steps the theorems assume. */
  steps: z.enum(['practical', 'theorem']).default('practical'),
  /** Budget in effective passes. */
  passes: z.number().int().min(5).max(60).default(40),
  seed: seedField(),
});

export type RaceState = z.infer<typeof raceSchema>;

export const raceCodec = widgetCodec('race', 1, raceSchema);
