import type { Transform, Vec } from '../types.ts';
import { vecOfLength } from '../internal/validate.ts';

/**
 * The owned-state fast path: one update applied **in place**, θ ← θ + u, returning the next
 * state. Bitwise the same numbers as the pure
 * `const r = transform.update(grads, state, params); params = applyUpdates(params, r.updates); state = r.state;`
 * (tested over 60 steps for every optimizer), but without allocating: `params` is overwritten,
 * and a transform with an `updateOwned` hook (every part and named optimizer of this package)
 * writes its new state into the arrays of `state` (Adam's m and v, momentum buffers, …)
 * and its update straight into `params` — one pass reading g, state and θ, writing state and θ.
 * Transforms without the hook fall back to `update` and add the result into `params`.
 *
 * **It mutates `params` and consumes `state`.** Safe only when the caller owns both: nothing
 * else keeps a reference to `params`, to `state` or to any array reachable from it (an
 * earlier state, a widget's stored history, `minimize`'s `keepStates` list, or `updates`
 * returned by a previous pure `update` that alias state, such as `trace`'s buffer). After the
 * call, use only the returned state; the old state object's arrays already hold the new values.
 * Typical owners: a training loop, `minimize` without `keepStates`, a widget that keeps only
 * its latest state. `grads` is never written. When in doubt, use the pure `update`.
 */
export function stepInPlace<S>(transform: Transform<S>, grads: Vec, state: S, params: Vec): S {
  if (!(params instanceof Float64Array)) vecOfLength('stepInPlace', 'params', params, 0); // throws a RangeError
  vecOfLength('stepInPlace', 'grads', grads, params.length);
  if (transform.updateOwned)
    return transform.updateOwned(grads, state, params, { out: params, factor: 1, add: true });
  const { updates, state: next } = transform.update(grads, state, params);
  vecOfLength('stepInPlace', 'updates', updates, params.length);
  for (let i = 0; i < params.length; i++) params[i] = params[i] + updates[i];
  return next;
}
