import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';

/** Bias-correction factors against t: β₁, β₂ and the tolerance, with defaults and ranges. */
export const BiasCorrectionState = z.object({
  beta1: z.number().min(0).max(0.999).default(0.9),
  beta2: z.number().min(0.9).max(0.99999).default(0.999),
  /** The correction counts as negligible once 1/(1 − βᵗ) < 1 + tol. */
  tol: z.number().min(0.001).max(0.5).default(0.05),
});
export type BiasCorrectionState = z.infer<typeof BiasCorrectionState>;

export const biasCorrectionCodec = widgetCodec('bias-correction', 1, BiasCorrectionState);
