import type { Transform, StateOf, Vec } from '../types.ts';

/** State of `chain(a, b, …)`: the tuple of the parts' states, in order. */
export type ChainState<T extends readonly Transform<unknown>[]> = { [K in keyof T]: StateOf<T[K]> };

/**
 * Composes transforms left to right: u = T_k(…T_2(T_1(g))…). The state is the tuple of the
 * parts' states. Reference: optax `chain`.
 */
export function chain<T extends readonly Transform<unknown>[]>(...parts: T): Transform<ChainState<T>> {
  return {
    init(params: Vec) {
      return parts.map((p) => p.init(params)) as unknown as ChainState<T>;
    },
    update(grads: Vec, state: ChainState<T>, params: Vec) {
      const states = state as unknown as readonly unknown[];
      const next: unknown[] = new Array(parts.length);
      let u = grads;
      for (let i = 0; i < parts.length; i++) {
        const r = parts[i].update(u, states[i], params);
        u = r.updates;
        next[i] = r.state;
      }
      return { updates: u, state: next as unknown as ChainState<T> };
    },
  };
}
