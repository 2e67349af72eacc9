import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';
import { seedField } from '../kit/seed.ts';

/** State of the step-size explorer. */
export const stepSweepSchema = z.object({
  n: z.number().int().min(10).max(500).default(100),
  l2: z.number().min(1e-4).max(1).default(0.01),
  /** Budget per run, in effective passes. */
  passes: z.number().int().min(5).max(40).default(20),
  /** Largest multiple of 1/L_max in the sweep (the sweep runs from 1/64 up to it, ×2 apart). */
  maxMultiple: z.number().min(0.5).max(1e6).default(256),
  seed: seedField(),
});

export type StepSweepState = z.infer<typeof stepSweepSchema>;

export const stepSweepCodec = widgetCodec('step-sweep', 1, stepSweepSchema);
