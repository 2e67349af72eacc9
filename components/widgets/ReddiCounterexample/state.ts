import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';

/** Reddi, Kale & Kumar's online problem: which version, its constants and the run. */
export const ReddiState = z.object({
  /** 'theorem': Section 3 (period 3, C, β₁ = 0, β₂ = 1/(1 + C²)); 'experiment': Section 5 (1010x / −10x, period 101, β₁ = 0.9, β₂ = 0.99). */
  setting: z.enum(['theorem', 'experiment']).default('theorem'),
  /** The large coefficient C of Theorem 1 (needs C > 2). */
  C: z.number().min(2.1).max(50).default(3),
  /** α in the step α_t = α/√t. */
  alpha: z.number().min(1e-3).max(10).default(0.5),
  steps: z.number().int().min(100).max(1_000_000).default(20_000),
  /** Starting point x₀ ∈ [−1, 1]. */
  x0: z.number().min(-1).max(1).default(0),
});
export type ReddiState = z.infer<typeof ReddiState>;

export const reddiCodec = widgetCodec('reddi', 1, ReddiState);
