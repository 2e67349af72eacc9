import { integer } from '../internal/validate.ts';

/**
 * One tensor of a model inside the flat parameter vector: `shape` [n] is a vector (a bias, a
 * gain), [rows, cols] a matrix stored row-major at `params[offset … offset + rows·cols)` — PyTorch's
 * weight shape (out × in) and memory order, so rows = fan-out, cols = fan-in.
 *
 * This is the one way the package's matrix-aware optimizers learn shapes: Adafactor (factored
 * statistics for matrices), Muon (orthogonalise each matrix), Shampoo and SOAP (one Kronecker
 * factor per side), LAMB and LARS (one trust ratio per block = per layer) and {@link partition}
 * (which blocks go to which optimizer, as PyTorch's param groups) all take a `layout`: an array of
 * blocks that covers the parameter vector exactly once (checked at `init`).
 */
export interface ParamBlock {
  /** Index of the block's first entry in the flat vector. */
  offset: number;
  /** [n] (vector) or [rows, cols] (row-major matrix). */
  shape: readonly [number] | readonly [number, number];
  /** Optional label (e.g. 'W1', 'b1', 'embed', 'head'), shown by analysis tables. */
  name?: string;
}

/** A model's parameters: blocks in any order, together covering 0 … n−1 exactly once. */
export type ParamLayout = readonly ParamBlock[];

/** A shape, or a shape with a name. */
export type BlockSpec = readonly number[] | { shape: readonly number[]; name?: string };

/**
 * Lays blocks out one after another from offset 0:
 * `paramLayout([[8, 2], [8], [1, 8], [1]])` → W (8×2) at 0, b at 16, W (1×8) at 24, b at 32.
 * Names may be given as `{ shape, name }`.
 */
export function paramLayout(specs: readonly BlockSpec[]): ParamBlock[] {
  if (!Array.isArray(specs)) throw new RangeError('paramLayout: expected an array of shapes');
  let offset = 0;
  return specs.map((spec, i) => {
    const shape = Array.isArray(spec) ? spec : (spec as { shape: readonly number[] }).shape;
    const name = Array.isArray(spec) ? undefined : (spec as { name?: string }).name;
    const block = { offset, shape: checkShape('paramLayout', `specs[${i}]`, shape) } as ParamBlock;
    if (name !== undefined) (block as { name?: string }).name = name;
    offset += blockSize(block);
    return block;
  });
}

/** Number of entries of a block (n or rows·cols). */
export function blockSize(block: ParamBlock): number {
  return block.shape.length === 1 ? block.shape[0] : block.shape[0] * block.shape[1];
}

/** Total number of parameters of a layout. */
export function layoutSize(layout: ParamLayout): number {
  let n = 0;
  for (const b of layout) n += blockSize(b);
  return n;
}

/** True when the block is a matrix ([rows, cols]). */
export function isMatrix(block: ParamBlock): block is ParamBlock & { shape: readonly [number, number] } {
  return block.shape.length === 2;
}

function checkShape(fn: string, name: string, shape: unknown): readonly [number] | readonly [number, number] {
  if (!Array.isArray(shape) || (shape.length !== 1 && shape.length !== 2)) {
    throw new RangeError(`${fn}: ${name} must be a shape [n] or [rows, cols]`);
  }
  shape.forEach((d, k) => integer(fn, `${name}.shape[${k}]`, d, 1));
  return (shape.length === 1 ? [shape[0]] : [shape[0], shape[1]]) as
    readonly [number] | readonly [number, number];
}

/**
 * Checks that `layout` is an array of blocks with valid shapes that covers 0 … n−1 exactly once;
 * throws a RangeError naming the function and the first problem.
 */
export function checkLayout(fn: string, layout: unknown, n: number): ParamLayout {
  if (!Array.isArray(layout))
    throw new RangeError(`${fn}: layout must be an array of { offset, shape } blocks`);
  const blocks = layout as ParamBlock[];
  blocks.forEach((b, i) => {
    if (b === null || typeof b !== 'object')
      throw new RangeError(`${fn}: layout[${i}] must be { offset, shape }`);
    integer(fn, `layout[${i}].offset`, b.offset, 0);
    checkShape(fn, `layout[${i}]`, b.shape);
  });
  const order = blocks.map((_, i) => i).sort((i, j) => blocks[i].offset - blocks[j].offset);
  let next = 0;
  for (const i of order) {
    const b = blocks[i];
    if (b.offset !== next) {
      throw new RangeError(
        b.offset > next
          ? `${fn}: layout leaves params[${next}…${b.offset - 1}] in no block`
          : `${fn}: layout[${i}] (offset ${b.offset}) overlaps the block before it`,
      );
    }
    next = b.offset + blockSize(b);
  }
  if (next !== n) {
    throw new RangeError(`${fn}: layout covers ${next} parameters, but params has length ${n}`);
  }
  return blocks;
}

/**
 * The layout a transform uses for a vector of length n: the given one (checked once per n), or,
 * when none was given, the whole vector as one block of shape [n]. Transforms keep the returned
 * function so repeated updates do not re-check the same layout.
 */
export function layoutResolver(fn: string, layout: ParamLayout | undefined): (n: number) => ParamLayout {
  let lastN = -1;
  let last: ParamLayout = [];
  return (n: number) => {
    if (n !== lastN) {
      last = layout === undefined ? [{ offset: 0, shape: [n] }] : checkLayout(fn, layout, n);
      lastN = n;
    }
    return last;
  };
}
