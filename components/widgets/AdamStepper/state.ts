import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';
import { seedField } from '../kit/seed.ts';

export const STREAMS = ['noisy', 'constant', 'alternating', 'decaying', 'spike'] as const;

/** Adam's internals on a scalar gradient stream: every parameter with its default and range. */
export const AdamStepperState = z.object({
  stream: z.enum(STREAMS).default('noisy'),
  /** The stream's scale: every gradient is multiplied by it. */
  scale: z.number().min(1e-3).max(1000).default(1),
  lr: z.number().min(1e-4).max(1).default(0.1),
  beta1: z.number().min(0).max(0.999).default(0.9),
  beta2: z.number().min(0.9).max(0.99999).default(0.999),
  eps: z.number().min(1e-12).max(1).default(1e-8),
  steps: z.number().int().min(3).max(60).default(20),
  /** Clip the gradient by its norm before Adam sees it (torch.nn.utils.clip_grad_norm_). */
  clip: z.boolean().default(false),
  maxNorm: z.number().min(0.01).max(100).default(1),
  seed: seedField(),
});
export type AdamStepperState = z.infer<typeof AdamStepperState>;

export const adamStepperCodec = widgetCodec('adam-stepper', 1, AdamStepperState);
