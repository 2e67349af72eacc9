import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';

/** Per-parameter step sizes on a badly scaled quadratic: every parameter with its default and range. */
export const EffectiveStepsState = z.object({
  /** Curvature of the steep coordinate θ₂ (the flat one, θ₁, has curvature 1). */
  kappa: z.number().min(1).max(10_000).default(100),
  /** SGD's learning rate (stable only below 2/κ). */
  sgdLr: z.number().min(1e-4).max(10).default(0.018),
  /** The learning rate shared by AdaGrad, RMSProp and Adam. */
  lr: z.number().min(1e-4).max(10).default(0.05),
  steps: z.number().int().min(10).max(1000).default(200),
  x0: z.number().min(-3).max(3).default(-2.5),
  y0: z.number().min(-3).max(3).default(1.5),
});
export type EffectiveStepsState = z.infer<typeof EffectiveStepsState>;

export const effectiveStepsCodec = widgetCodec('effective-steps', 1, EffectiveStepsState);
