import type { Transform } from '../types.ts';
import { blockSize, checkLayout, type ParamBlock, type ParamLayout } from '../matrices/paramLayout.ts';

/**
 * Floats held by a state: the total length of the distinct typed arrays reachable from it
 * (objects, arrays and nested states are walked; an array referenced twice counts once; scalars
 * such as step counts are O(1) and not counted).
 */
export function stateFloats(state: unknown): number {
  const seen = new Set<unknown>();
  let total = 0;
  const walk = (x: unknown) => {
    if (x === null || typeof x !== 'object' || seen.has(x)) return;
    seen.add(x);
    if (ArrayBuffer.isView(x)) {
      if (!seen.has(x.buffer)) {
        seen.add(x.buffer);
        total += (x as unknown as { length: number }).length;
      }
      return;
    }
    for (const v of Array.isArray(x) ? x : Object.values(x)) walk(v);
  };
  walk(state);
  return total;
}

export interface BlockMemory {
  block: ParamBlock;
  /** Parameters in the block. */
  parameters: number;
  /** Floats of optimizer state for this block. */
  floats: number;
}

export interface OptimizerMemory {
  /** Total parameters. */
  parameters: number;
  /** Total floats of optimizer state. */
  floats: number;
  /** floats / parameters: the optimizer's memory per parameter (Adam: 2). */
  perParameter: number;
  blocks: BlockMemory[];
}

/**
 * An optimizer's state memory for a model, measured on the optimizer itself: for each block, the
 * factory is given a one-block layout `[{ offset: 0, shape, name }]`, the transform is initialised
 * on a zero vector of that size, and {@link stateFloats} counts its state (each distinct shape is
 * initialised once and reused). Every optimizer in this package allocates its whole state in
 * `init` (SOAP's bases and Shampoo's roots included), so the count is the steady-state memory,
 * not a typed-in table. Per-block state is independent across blocks for all of them, so the
 * model's total is the sum. The allocation is real but transient and zero-filled: a block of
 * 10⁷ entries costs the optimizer's state for 10⁷ entries once.
 */
export function optimizerMemory(
  make: (layout: ParamLayout) => Transform<unknown>,
  layout: ParamLayout,
): OptimizerMemory {
  checkLayout(
    'optimizerMemory',
    layout,
    layout.reduce((n, b) => n + blockSize(b), 0),
  );
  const cache = new Map<string, number>();
  let parameters = 0;
  let floats = 0;
  const blocks = layout.map((block) => {
    const size = blockSize(block);
    const key = `${block.shape.join('x')}|${block.name ?? ''}`;
    let f = cache.get(key);
    if (f === undefined) {
      const single: ParamBlock = { offset: 0, shape: block.shape };
      if (block.name !== undefined) single.name = block.name;
      f = stateFloats(make([single]).init(new Float64Array(size)));
      cache.set(key, f);
    }
    parameters += size;
    floats += f;
    return { block, parameters: size, floats: f };
  });
  return { parameters, floats, perParameter: parameters === 0 ? 0 : floats / parameters, blocks };
}
