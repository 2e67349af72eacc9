import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';
import { seedField } from '../kit/seed.ts';

/** State of the estimator-variance chart: the race's problem, fewer passes by default. */
export const varianceSchema = z.object({
  n: z.number().int().min(10).max(500).default(100),
  l2: z.number().min(1e-4).max(1).default(0.01),
  scale: z.number().min(0.1).max(10).default(1),
  passes: z.number().int().min(5).max(40).default(25),
  seed: seedField(),
});

export type VarianceState = z.infer<typeof varianceSchema>;

export const varianceCodec = widgetCodec('variance', 1, varianceSchema);
