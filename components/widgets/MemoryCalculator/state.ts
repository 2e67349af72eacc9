import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';

/** A decoder-only transformer the reader describes (GPT-2's layout), and the number format. */
export const MemoryCalculatorState = z.object({
  /** Width d of the residual stream. */
  dModel: z.number().int().min(16).max(16384).default(768),
  layers: z.number().int().min(1).max(128).default(12),
  vocab: z.number().int().min(2).max(300000).default(50257),
  /** Learned positions (0: none, e.g. rotary embeddings). */
  context: z.number().int().min(0).max(131072).default(1024),
  /** The MLP's hidden width as a multiple of d. */
  mlpRatio: z.number().int().min(1).max(16).default(4),
  /** The output head shares the embedding matrix. */
  tied: z.boolean().default(true),
  /** Bytes per stored number. */
  precision: z.enum(['fp32', 'bf16']).default('fp32'),
});
export type MemoryCalculatorState = z.infer<typeof MemoryCalculatorState>;

export const memoryCalculatorCodec = widgetCodec('memory-calculator', 1, MemoryCalculatorState);
