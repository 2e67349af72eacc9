import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';
import { seedField } from '../kit/seed.ts';

/** ReduceLROnPlateau driven by the validation loss of a live SGD run. */
export const PlateauState = z.object({
  /** Starting learning rate. */
  lr: z.number().min(1e-3).max(20).default(2),
  factor: z.number().min(0.05).max(0.9).default(0.5),
  patience: z.number().int().min(0).max(20).default(4),
  threshold: z.number().min(1e-5).max(0.2).default(0.001),
  thresholdMode: z.enum(['rel', 'abs']).default('rel'),
  cooldown: z.number().int().min(0).max(20).default(2),
  minLr: z.number().min(0).max(1).default(0),
  epochs: z.number().int().min(5).max(150).default(40),
  batch: z.number().int().min(1).max(100).default(10),
  seed: seedField(3),
  /** The epoch whose controller state is shown (1-based). */
  at: z.number().int().min(1).max(150).default(20),
});
export type PlateauState = z.infer<typeof PlateauState>;

export const plateauCodec = widgetCodec('plateau', 1, PlateauState);
