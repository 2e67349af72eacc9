import type { Sink, Transform, StateOf, Vec } from '../types.ts';
import { updateChain } from './updateChain.ts';
import { updateChainOwned, type ChainScratch } from './updateChainOwned.ts';

/** State of `namedChain({ a, b })`: `{ a: stateOf(a), b: stateOf(b) }`. */
export type NamedChainState<T extends Record<string, Transform<unknown>>> = { [K in keyof T]: StateOf<T[K]> };

/**
 * Like {@link chain}, but parts are named, applied in the object's key order, and the state is
 * an object keyed by the same names — so a widget reads `state.adam.m` or `state.lr.lr`.
 * Reference: optax `named_chain`. `updateOwned` as in {@link chain}.
 */
export function namedChain<T extends Record<string, Transform<unknown>>>(
  parts: T,
): Transform<NamedChainState<T>> {
  const names = Object.keys(parts);
  const list = names.map((k) => parts[k]);
  const scratch: ChainScratch & { states?: unknown[] } = { vec: null };
  return {
    updateOwned(grads: Vec, state: NamedChainState<T>, params: Vec, sink: Sink) {
      // The owned path consumes the old state: its object is updated in place and returned.
      const prev = state as Record<string, unknown>;
      const states = scratch.states ?? (scratch.states = new Array(names.length));
      for (let i = 0; i < names.length; i++) states[i] = prev[names[i]];
      updateChainOwned(list, states, grads, params, sink, scratch);
      for (let i = 0; i < names.length; i++) prev[names[i]] = states[i];
      return prev as NamedChainState<T>;
    },
    init(params: Vec) {
      const s: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i++) s[names[i]] = list[i].init(params);
      return s as NamedChainState<T>;
    },
    update(grads: Vec, state: NamedChainState<T>, params: Vec) {
      const prev = state as Record<string, unknown>;
      const r = updateChain(
        list,
        names.map((k) => prev[k]),
        grads,
        params,
      );
      const next: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i++) next[names[i]] = r.states[i];
      return { updates: r.updates, state: next as NamedChainState<T> };
    },
  };
}
