import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';
import { seedField } from '../kit/seed.ts';

/** State of the SAGA-table widget. */
export const sagaTableSchema = z.object({
  /** Examples (rows of the table). */
  n: z.number().int().min(2).max(64).default(16),
  /** Steps to run after the table is initialised, in passes (steps ÷ n). */
  passes: z.number().int().min(1).max(12).default(8),
  l2: z.number().min(1e-3).max(1).default(0.05),
  seed: seedField(),
});

export type SagaTableState = z.infer<typeof sagaTableSchema>;

export const sagaTableCodec = widgetCodec('saga-table', 1, sagaTableSchema);
