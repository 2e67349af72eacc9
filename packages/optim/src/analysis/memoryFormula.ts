import { integer } from '../internal/validate.ts';
import { MEMORY_OPTIMIZERS } from './memoryTable.ts';

/** A tensor of a model for memory accounting: its shape, and whether Muon would take it. */
export interface MemoryBlock {
  /** [n] (a vector) or [rows, cols] (a matrix). */
  shape: readonly number[];
  /** A hidden-layer weight matrix (Muon's); embeddings and the output head are not. Default: every matrix. */
  hidden?: boolean;
}

/** The optimizers of {@link MEMORY_OPTIMIZERS}, by name. */
export type MemoryOptimizerName = (typeof MEMORY_OPTIMIZERS)[number]['name'];

/** SOAP's default largest side that gets a preconditioner (the reference's max_precond_dim). */
const SOAP_MAX_PRECOND_DIM = 10000;

/**
 * The optimizer-state floats one block costs, in closed form, for each optimizer of
 * {@link MEMORY_OPTIMIZERS} with the options that table uses — so that models too large to
 * allocate (an embedding of 50 000 × 4096, whose Shampoo statistic alone is 2.5·10⁹ numbers) can
 * be counted. For an m × n matrix (P = mn parameters) or a vector of n:
 * SGD 0; momentum, AdaGrad, RMSProp, Lion, LARS, Schedule-Free SGD P; Adam, AdamW, Adadelta, LAMB,
 * Schedule-Free AdamW 2P; AMSGrad 3P; Adafactor m + n for a matrix and n for a vector (+P with β₁);
 * Muon P for a hidden matrix and AdamW's 2P for anything else; Shampoo 2(m² + n²) for a matrix (L, R
 * and their inverse fourth roots) and 2n² for a vector (full-matrix AdaGrad and its root); SOAP 2P
 * (Adam's moments) plus 2s² per side s ≤ 10 000 (its statistic and eigenbasis) for a matrix, 2n for a
 * vector. Tested against {@link optimizerMemory}, which measures the optimizers' real states.
 */
export function blockStateFloats(name: MemoryOptimizerName, block: MemoryBlock): number {
  const fn = 'blockStateFloats';
  const { shape } = block;
  if (!Array.isArray(shape) || shape.length < 1 || shape.length > 2)
    throw new RangeError(`${fn}: shape must be [n] or [rows, cols]`);
  shape.forEach((s, i) => integer(fn, `shape[${i}]`, s, 1));
  const matrix = shape.length === 2;
  const [m, n] = matrix ? shape : [shape[0], 1];
  const P = m * n;
  switch (name) {
    case 'sgd':
      return 0;
    case 'sgd (momentum)':
    case 'adagrad':
    case 'rmsprop':
    case 'lion':
    case 'lars':
    case 'scheduleFreeSgd':
      return P;
    case 'adadelta':
    case 'adam':
    case 'adamw':
    case 'lamb':
    case 'scheduleFreeAdamw':
      return 2 * P;
    case 'adam (amsgrad)':
      return 3 * P;
    case 'adafactor':
      return matrix ? m + n : P;
    case 'adafactor (β₁ = 0.9)':
      return (matrix ? m + n : P) + P;
    case 'muon (+ adamw for vectors)':
      return matrix && block.hidden !== false ? P : 2 * P;
    case 'shampoo':
      return matrix ? 2 * (m * m + n * n) : 2 * P * P;
    case 'soap': {
      if (!matrix) return 2 * P;
      const side = (s: number) => (s <= SOAP_MAX_PRECOND_DIM ? 2 * s * s : 0);
      return 2 * P + side(m) + side(n);
    }
  }
  throw new RangeError(`${fn}: unknown optimizer ${String(name)}`);
}

export interface FormulaMemoryRow {
  name: MemoryOptimizerName;
  parameters: number;
  floats: number;
  perParameter: number;
}

/** {@link blockStateFloats} summed over a model's blocks, for every optimizer of the table. */
export function memoryByFormula(blocks: readonly MemoryBlock[]): FormulaMemoryRow[] {
  const parameters = blocks.reduce((s, b) => s + b.shape.reduce((a, x) => a * x, 1), 0);
  return MEMORY_OPTIMIZERS.map(({ name }) => {
    const floats = blocks.reduce((s, b) => s + blockStateFloats(name as MemoryOptimizerName, b), 0);
    return {
      name: name as MemoryOptimizerName,
      parameters,
      floats,
      perParameter: parameters === 0 ? 0 : floats / parameters,
    };
  });
}
