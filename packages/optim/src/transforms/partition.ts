import type { Transform, Vec } from '../types.ts';
import { vecOfLength } from '../internal/validate.ts';
import { blockSize, checkLayout, type ParamBlock, type ParamLayout } from '../matrices/paramLayout.ts';

/** A part of {@link partition}: a transform, or a factory given the part's own (re-based) layout. */
export type PartitionPart = Transform<unknown> | ((layout: ParamBlock[]) => Transform<unknown>);

export interface PartitionOptions<K extends string> {
  /** The model's blocks (covering the parameter vector exactly once). */
  layout: ParamLayout;
  /** The part each block goes to: one label per block, or a function of the block and its index. */
  labels: readonly NoInfer<K>[] | ((block: ParamBlock, index: number) => NoInfer<K>);
  /** One transform (or layout → transform factory) per label. */
  parts: Record<K, PartitionPart>;
}

/** State of {@link partition}: each part's state under its label. */
export type PartitionState<K extends string> = Record<K, unknown>;

/**
 * Applies different transforms to different blocks of the parameter vector — PyTorch's param
 * groups, optax's `multi_transform`/`partition`. Each part sees only its own entries, gathered in
 * layout order into a vector of their own; a factory part receives the layout of that vector
 * (the same blocks with offsets re-based from 0) so a matrix-aware optimizer finds its matrices.
 * Updates are scattered back; a label with no blocks gets an empty vector. The state is
 * `{ [label]: partState }`, so a widget reads e.g. `state.muon.momentum.buffer`.
 */
export function partition<K extends string>(options: PartitionOptions<K>): Transform<PartitionState<K>> {
  const fn = 'partition';
  if (options === null || typeof options !== 'object') throw new RangeError(`${fn}: options required`);
  const { layout, labels, parts } = options;
  if (!Array.isArray(layout)) throw new RangeError(`${fn}: layout must be an array of blocks`);
  if (parts === null || typeof parts !== 'object') throw new RangeError(`${fn}: parts must be an object`);
  const names = Object.keys(parts) as K[];
  if (Array.isArray(labels) && labels.length !== layout.length) {
    throw new RangeError(`${fn}: labels has ${labels.length} entries for ${layout.length} blocks`);
  }
  const labelOf = layout.map((b, i) => {
    const k = typeof labels === 'function' ? labels(b, i) : (labels as readonly K[])[i];
    if (!names.includes(k)) {
      throw new RangeError(
        `${fn}: block ${i} has label ${JSON.stringify(k)}, which is not one of the parts (${names.join(', ')})`,
      );
    }
    return k;
  });
  // Per part: the flat indices it owns (in layout order) and its re-based layout.
  const groups = names.map((k) => {
    const indices: number[] = [];
    const sub: ParamBlock[] = [];
    layout.forEach((b, i) => {
      if (labelOf[i] !== k) return;
      const block: ParamBlock = { offset: indices.length, shape: b.shape };
      if (b.name !== undefined) block.name = b.name;
      sub.push(block);
      for (let j = 0; j < blockSize(b); j++) indices.push(b.offset + j);
    });
    const p = parts[k];
    const tx: Transform<unknown> = typeof p === 'function' ? p(sub) : p;
    if (tx === null || typeof tx !== 'object' || typeof tx.init !== 'function') {
      throw new RangeError(`${fn}: parts.${k} must be a transform or a function returning one`);
    }
    return { name: k, tx, indices: Int32Array.from(indices) };
  });
  let checkedN = -1;
  const check = (n: number) => {
    if (n !== checkedN) {
      checkLayout(fn, layout, n);
      checkedN = n;
    }
  };
  const gather = (v: Vec, idx: Int32Array) => {
    const out = new Float64Array(idx.length);
    for (let i = 0; i < idx.length; i++) out[i] = v[idx[i]];
    return out;
  };
  return {
    freshUpdates: true,
    init(params: Vec) {
      check(params.length);
      const state = {} as PartitionState<K>;
      for (const g of groups) state[g.name] = g.tx.init(gather(params, g.indices));
      return state;
    },
    update(grads: Vec, state: PartitionState<K>, params: Vec) {
      check(grads.length);
      vecOfLength(fn, 'params', params, grads.length);
      const out = new Float64Array(grads.length);
      const next = {} as PartitionState<K>;
      for (const g of groups) {
        const r = g.tx.update(gather(grads, g.indices), state[g.name], gather(params, g.indices));
        vecOfLength(fn, `updates of part ${g.name}`, r.updates, g.indices.length);
        for (let i = 0; i < g.indices.length; i++) out[g.indices[i]] = r.updates[i];
        next[g.name] = r.state;
      }
      return { updates: out, state: next };
    },
  };
}
