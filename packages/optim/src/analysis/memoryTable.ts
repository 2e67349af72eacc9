import type { Transform } from '../types.ts';
import type { ParamLayout } from '../matrices/paramLayout.ts';
import { optimizerMemory, type OptimizerMemory } from './optimizerMemory.ts';
import { sgd } from '../optimizers/sgd.ts';
import { adagrad } from '../optimizers/adagrad.ts';
import { rmsprop } from '../optimizers/rmsprop.ts';
import { adadelta } from '../optimizers/adadelta.ts';
import { adam } from '../optimizers/adam.ts';
import { adamw } from '../optimizers/adamw.ts';
import { lion } from '../optimizers/lion.ts';
import { adafactor } from '../optimizers/adafactor.ts';
import { lamb } from '../optimizers/lamb.ts';
import { lars } from '../optimizers/lars.ts';
import { muonWithAdamw } from '../optimizers/muonWithAdamw.ts';
import { shampoo } from '../optimizers/shampoo.ts';
import { soap } from '../optimizers/soap.ts';
import { scheduleFreeSgd } from '../optimizers/scheduleFreeSgd.ts';
import { scheduleFreeAdamw } from '../optimizers/scheduleFreeAdamw.ts';

/** An optimizer for {@link memoryTable}: a name and a factory from a layout. */
export interface MemoryEntry {
  name: string;
  make: (layout: ParamLayout) => Transform<unknown>;
}

/**
 * Every optimizer of the package with its default options (learning rates are irrelevant to
 * memory). Schedule-Free runs without `keepX`, as the reference keeps only z (x is recovered
 * from y and z when evaluating); Muon is the hybrid the reference recommends (Muon on matrices,
 * AdamW on vectors).
 */
export const MEMORY_OPTIMIZERS: readonly MemoryEntry[] = [
  { name: 'sgd', make: () => sgd({ lr: 0.1 }) },
  { name: 'sgd (momentum)', make: () => sgd({ lr: 0.1, momentum: 0.9 }) },
  { name: 'adagrad', make: () => adagrad() },
  { name: 'rmsprop', make: () => rmsprop() },
  { name: 'adadelta', make: () => adadelta() },
  { name: 'adam', make: () => adam() },
  { name: 'adam (amsgrad)', make: () => adam({ amsgrad: true }) },
  { name: 'adamw', make: () => adamw() },
  { name: 'lion', make: () => lion() },
  { name: 'adafactor', make: (layout) => adafactor({ layout }) },
  { name: 'adafactor (β₁ = 0.9)', make: (layout) => adafactor({ layout, beta1: 0.9 }) },
  { name: 'lamb', make: (layout) => lamb({ layout }) },
  { name: 'lars', make: (layout) => lars({ lr: 0.1, layout }) },
  { name: 'muon (+ adamw for vectors)', make: (layout) => muonWithAdamw({ layout }) },
  { name: 'shampoo', make: (layout) => shampoo({ lr: 0.1, layout }) },
  { name: 'soap', make: (layout) => soap({ layout }) },
  { name: 'scheduleFreeSgd', make: () => scheduleFreeSgd({ keepX: false }) },
  { name: 'scheduleFreeAdamw', make: () => scheduleFreeAdamw({ keepX: false }) },
];

export interface MemoryTableRow extends OptimizerMemory {
  name: string;
}

/**
 * Optimizer-state memory of each optimizer for one model layout, measured from the optimizers'
 * own states by {@link optimizerMemory}: floats in total, per parameter, and per block.
 * E.g. for `paramLayout([[256, 256], [256]])` (tested in `optimizerMemory.test.ts` for other shapes):
 * sgd 0, lion 1, adam 2, adafactor 768/65 792 ≈ 0.012, muon 1.004, shampoo 5.977, soap 5.984.
 */
export function memoryTable(
  layout: ParamLayout,
  optimizers: readonly MemoryEntry[] = MEMORY_OPTIMIZERS,
): MemoryTableRow[] {
  return optimizers.map(({ name, make }) => ({ name, ...optimizerMemory(make, layout) }));
}
