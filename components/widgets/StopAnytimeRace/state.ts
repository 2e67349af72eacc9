import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';
import { seedField } from '../kit/seed.ts';

/** Cosine and WSD planned for T updates, and Schedule-Free, stopped at any step. */
export const StopAnytimeState = z.object({
  /** Peak learning rate of the cosine and WSD runs (plain mini-batch SGD). */
  lr: z.number().min(0.05).max(20).default(2),
  /** Schedule-Free SGD's constant γ (tuned separately: its z-steps are averaged). */
  sfLr: z.number().min(0.05).max(20).default(2),
  batch: z.number().int().min(1).max(64).default(4),
  /** The planned length T of the cosine and WSD runs. */
  planned: z.number().int().min(100).max(2000).default(1000),
  /** Where the run is stopped (clamped to T). */
  stop: z.number().int().min(20).max(2000).default(500),
  seed: seedField(),
});
export type StopAnytimeState = z.infer<typeof StopAnytimeState>;

export const stopAnytimeCodec = widgetCodec('stop-anytime', 1, StopAnytimeState);
