import type { Transform, Vec } from '../types.ts';

/**
 * updateChain(parts, states, grads, params) → the parts' updates applied left to right and their
 * next states (a new array, in the parts' order); the one loop behind {@link chain} and
 * {@link namedChain}'s `update`. A part followed by a scalar (a learning rate) runs fused with it
 * in one pass over memory; intermediate arrays the chain created itself are updated in place.
 * Pure: `grads`, `params` and `states` are left unchanged.
 */
export function updateChain(
  parts: readonly Transform<unknown>[],
  states: readonly unknown[],
  grads: Vec,
  params: Vec,
): { updates: Vec; states: unknown[] } {
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
  return { updates: u, states: next };
}
