import type { Sink, Transform, StateOf, Vec } from '../types.ts';
import { updateChain } from './updateChain.ts';
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
      const r = updateChain(parts, state as unknown as readonly unknown[], grads, params);
      return { updates: r.updates, state: r.states as unknown as ChainState<T> };
    },
  };
}
