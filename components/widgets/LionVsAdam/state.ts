import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';
import { DOMAIN, START } from './problem.ts';

/** Lion against Adam (both with PyTorch-style decoupled decay) from one start on one quadratic. */
export const LionVsAdamState = z.object({
  /** η, shared by both runs. */
  lr: z.number().min(1e-3).max(0.5).default(0.05),
  /** Lion's β₁ (the blend whose sign is taken) and Adam's β₁. */
  beta1: z.number().min(0).max(0.99).default(0.9),
  /** Lion's β₂ (the momentum's average), default 0.99 as the paper. */
  beta2: z.number().min(0.5).max(0.999).default(0.99),
  /** Decoupled λ for both (θ ← θ(1 − ηλ)). */
  wd: z.number().min(0).max(1).default(0),
  steps: z.number().int().min(5).max(300).default(120),
  x0: z.number().min(DOMAIN.x[0]).max(DOMAIN.x[1]).default(START[0]),
  y0: z.number().min(DOMAIN.y[0]).max(DOMAIN.y[1]).default(START[1]),
});
export type LionVsAdamState = z.infer<typeof LionVsAdamState>;

export const lionVsAdamCodec = widgetCodec('lion-vs-adam', 1, LionVsAdamState);
