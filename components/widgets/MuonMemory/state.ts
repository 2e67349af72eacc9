import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';
import { seedField } from '../kit/seed.ts';

/** A linear associative memory trained on a Zipf stream by SGD, Adam and Muon. */
export const MuonMemoryState = z.object({
  /** Pairs (and the dimension d of W, d × d). */
  pairs: z.number().int().min(4).max(32).default(16),
  /** Zipf exponent of the key stream (0: uniform). */
  zipf: z.number().min(0).max(2).default(1.2),
  steps: z.number().int().min(10).max(1000).default(200),
  batch: z.number().int().min(1).max(64).default(16),
  /** Learning rates, each in its optimizer's own units. */
  sgdLr: z.number().min(0.01).max(10).default(0.1),
  adamLr: z.number().min(1e-4).max(0.5).default(0.005),
  muonLr: z.number().min(1e-3).max(1).default(0.01),
  seed: seedField(),
});
export type MuonMemoryState = z.infer<typeof MuonMemoryState>;

export const muonMemoryCodec = widgetCodec('muon-memory', 1, MuonMemoryState);
