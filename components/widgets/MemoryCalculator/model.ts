import { memoryByFormula, type MemoryBlock, type MemoryOptimizerName } from '@descent/optim';
import { MEMORY_ROW_LABELS } from '../../../src/lib/specs/memoryRowLabels.ts';
import type { MemoryCalculatorState } from './state.ts';

/** How the calculator names the package's optimizers: the course's names, with what Muon leaves
 *  to AdamW in a transformer and which Shampoo this is spelled out. */
export const OPTIMIZER_LABELS: Record<string, string> = {
  ...MEMORY_ROW_LABELS,
  'muon (+ adamw for vectors)': 'Muon (AdamW on embeddings, head, vectors)',
  shampoo: 'Shampoo (paper’s algorithm)',
};

/**
 * The tensors of a GPT-2-style decoder: token and position embeddings; per layer two LayerNorms
 * (gain and bias), the attention's fused QKV projection d × 3d and output projection d × d, the
 * MLP's d × rd and rd × d, each with a bias; a final LayerNorm; and an output head V × d unless tied.
 * Embeddings and the head are not Muon's (hidden: false).
 */
export function transformerBlocks(s: MemoryCalculatorState): MemoryBlock[] {
  const d = s.dModel;
  const h = s.mlpRatio * d;
  const blocks: MemoryBlock[] = [{ shape: [s.vocab, d], hidden: false }];
  if (s.context > 0) blocks.push({ shape: [s.context, d], hidden: false });
  for (let l = 0; l < s.layers; l++)
    blocks.push(
      { shape: [d] },
      { shape: [d] },
      { shape: [d, 3 * d] },
      { shape: [3 * d] },
      { shape: [d, d] },
      { shape: [d] },
      { shape: [d] },
      { shape: [d] },
      { shape: [d, h] },
      { shape: [h] },
      { shape: [h, d] },
      { shape: [d] },
    );
  blocks.push({ shape: [d] }, { shape: [d] });
  if (!s.tied) blocks.push({ shape: [s.vocab, d], hidden: false });
  return blocks;
}

export interface MemoryRow {
  name: MemoryOptimizerName;
  label: string;
  floats: number;
  perParameter: number;
  bytes: number;
}

export interface MemoryCalculatorResult {
  parameters: number;
  /** Bytes of the weights themselves, for comparison. */
  weightBytes: number;
  rows: MemoryRow[];
}

/** memoryCalculator(state) → every optimizer's state for the described model, by the package's formulas. */
export function memoryCalculator(s: MemoryCalculatorState): MemoryCalculatorResult {
  const bytesPer = s.precision === 'bf16' ? 2 : 4;
  const table = memoryByFormula(transformerBlocks(s));
  const parameters = table[0]?.parameters ?? 0;
  return {
    parameters,
    weightBytes: parameters * bytesPer,
    rows: table.map((r) => ({
      name: r.name,
      label: OPTIMIZER_LABELS[r.name] ?? r.name,
      floats: r.floats,
      perParameter: r.perParameter,
      bytes: r.floats * bytesPer,
    })),
  };
}

/** Bytes as a reader reads them: 512 MB, 1.4 GB, 3.1 TB (powers of 1024). */
export function formatBytes(bytes: number): string {
  if (bytes === 0) return '0';
  const units = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'];
  let u = 0;
  let x = bytes;
  while (x >= 1024 && u < units.length - 1) {
    x /= 1024;
    u++;
  }
  return `${x >= 100 ? Math.round(x) : Number(x.toPrecision(3))} ${units[u]}`;
}

/** A count as a reader reads it: 950 000, 124.4 million, 1.56 billion. */
export function formatCount(n: number): string {
  if (n >= 1e12) return `${Number((n / 1e12).toPrecision(4))} trillion`;
  if (n >= 1e9) return `${Number((n / 1e9).toPrecision(4))} billion`;
  if (n >= 1e6) return `${Number((n / 1e6).toPrecision(4))} million`;
  return n.toLocaleString('en');
}
