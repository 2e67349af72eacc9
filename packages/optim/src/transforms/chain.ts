import type { Sink, Transform, StateOf, Vec } from '../types.ts';
import { updateChainOwned, type ChainScratch } from './updateChainOwned.ts';

/** State of `chain(a, b, …)`: the tuple of the parts' states, in order. */
export type ChainState<T extends readonly Transform<unknown>[]> = { [K in keyof T]: StateOf<T[K]> };

/**
 * Composes transforms left to right: u = T_k(…T_2(T_1(g))…). The state is the tuple of the
 * parts' states. Reference: optax `chain`.
 *
 * `updateOwned` (used by {@link stepInPlace}) runs the same steps writing into the old state
 * (its array and the parts' arrays) and the sink; it keeps one scratch vector per chain for an
 * intermediate result.
 */
export function chain<T extends readonly Transform<unknown>[]>(...parts: T): Transform<ChainState<T>> {
  const scratch: ChainScratch = { vec: null };
  return {
    updateOwned(grads: Vec, state: ChainState<T>, params: Vec, sink: Sink) {
      // the owned path consumes the old state: its array receives the next states
      const states = state as unknown as unknown[];
      return updateChainOwned(parts, states, grads, params, sink, scratch) as unknown as ChainState<T>;
    },
    init(params: Vec) {
      return parts.map((p) => p.init(params)) as unknown as ChainState<T>;
    },
    update(grads: Vec, state: ChainState<T>, params: Vec) {
      const states = state as unknown as readonly unknown[];
      const next: unknown[] = new Array(parts.length);
      let u = grads;
      let owned = false; // is u an intermediate array created by an earlier part?
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        const after = parts[i + 1];
        if (after?.scalar && part.updateScaled) {
          // Fuse "part, then multiply by a scalar" into one pass over memory.
          const sc = after.scalar(states[i + 1]);
          const r = part.updateScaled(u, states[i], params, sc.factor, owned);
          u = r.updates;
          owned = true;
          next[i] = r.state;
          next[i + 1] = sc.state;
          i++;
          continue;
        }
        const r =
          owned && part.updateInPlace
            ? part.updateInPlace(u, states[i], params)
            : part.update(u, states[i], params);
        if (r.updates !== u) owned = part.freshUpdates === true;
        u = r.updates;
        next[i] = r.state;
      }
      return { updates: u, state: next as unknown as ChainState<T> };
    },
  };
}
