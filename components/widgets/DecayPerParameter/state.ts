import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';
import { seedField } from '../kit/seed.ts';

/** Adam + L2 against AdamW on three parameters whose gradients differ only by a scale factor. */
export const DecayPerParameterState = z.object({
  /** Learning rate η (PyTorch's lr). */
  lr: z.number().min(1e-4).max(1).default(0.01),
  /** λ, PyTorch's weight_decay: coupled L2 for Adam, decoupled for AdamW. */
  wd: z.number().min(1e-4).max(10).default(0.1),
  /** Ratio between consecutive gradient scales: s = (1/spread, 1, spread). */
  spread: z.number().min(1).max(1e4).default(100),
  /** Standard deviation of the gradient noise, relative to the loss's own gradient. */
  noise: z.number().min(0).max(3).default(0.5),
  steps: z.number().int().min(10).max(3000).default(1000),
  seed: seedField(),
});
export type DecayPerParameterState = z.infer<typeof DecayPerParameterState>;

export const decayPerParameterCodec = widgetCodec('adamw-per-param', 1, DecayPerParameterState);
