import type { Sink, Transform, Vec } from '../types.ts';

/** Per chain, for the owned-state path only (never returned): one reusable intermediate vector,
 *  and one sink object the chain hands to its parts (a part reads it before returning). */
export interface ChainScratch {
  vec: Vec | null;
  sink?: Sink;
}

/**
 * The owned-state path (see {@link Transform.updateOwned}) shared by `chain` and `namedChain`.
 * It follows the pure `update`'s control flow step for step — the same "part, then scalar"
 * fusions, the same factors — so the numbers are bitwise the same; only the destinations
 * differ: parts with an `updateOwned` hook overwrite their old state arrays, the last part writes
 * (or adds) its result straight into `sink.out`, and an intermediate result that would have
 * been a new array goes to the chain's scratch vector instead (or into itself once owned).
 * Parts without the hook run their pure `update`, and a pure last part's result is copied or
 * added into the sink. Returns the parts' next states, in order, written into `states` itself
 * (the owned path consumes the old state, so its array is reused rather than copied).
 */
export function updateChainOwned(
  parts: readonly Transform<unknown>[],
  states: unknown[],
  grads: Vec,
  params: Vec,
  sink: Sink,
  scratch: ChainScratch,
): unknown[] {
  const n = grads.length;
  if (sink.factor !== 1) {
    // Chains have no `updateScaled`, so a parent chain never asks for this; other callers get
    // the scaling as a separate pass, exactly as if they had scaled the chain's updates.
    const tmp = new Float64Array(n);
    const next = updateChainOwned(parts, states, grads, params, { out: tmp, factor: 1, add: false }, scratch);
    deliver(tmp, { out: sink.out, factor: sink.factor, add: sink.add });
    return next;
  }
  const next = states; // each state is read before its slot is overwritten
  const last = parts.length - 1;
  let u = grads;
  let owned = false; // is u an intermediate this call may overwrite? (as in chain's update)
  if (parts.length === 0) deliver(u, sink);
  for (let i = 0; i <= last; i++) {
    const part = parts[i];
    const after = parts[i + 1];
    if (after?.scalar && part.updateScaled) {
      const sc = after.scalar(states[i + 1]);
      next[i + 1] = sc.state;
      const final = i + 1 === last;
      if (part.updateOwned) {
        const out = final ? sink.out : owned ? u : scratchOf(scratch, n);
        next[i] = part.updateOwned(u, states[i], params, sinkFor(scratch, out, sc.factor, final && sink.add));
        u = out;
      } else {
        const r = part.updateScaled(u, states[i], params, sc.factor, owned);
        next[i] = r.state;
        u = r.updates;
        if (final) deliver(u, sink);
      }
      owned = true;
      i++;
      continue;
    }
    const final = i === last;
    // A part whose `update` hands back an array it did not allocate (its input, e.g.
    // addDecayedWeights with λ = 0, or its own buffer) would only add a copy mid-chain.
    if (part.updateOwned && (final || part.freshUpdates === true)) {
      const out = final ? sink.out : owned ? u : scratchOf(scratch, n);
      next[i] = part.updateOwned(u, states[i], params, sinkFor(scratch, out, 1, final && sink.add));
      u = out;
      owned = true;
      continue;
    }
    const r =
      owned && part.updateInPlace
        ? part.updateInPlace(u, states[i], params)
        : part.update(u, states[i], params);
    if (r.updates !== u) owned = part.freshUpdates === true;
    u = r.updates;
    next[i] = r.state;
    if (final) deliver(u, sink);
  }
  return next;
}

/** The chain's one sink object, set to (out, factor, add). */
function sinkFor(scratch: ChainScratch, out: Vec, factor: number, add: boolean): Sink {
  const sink = scratch.sink ?? (scratch.sink = { out, factor, add });
  sink.out = out;
  sink.factor = factor;
  sink.add = add;
  return sink;
}

/** The chain's scratch vector, (re)allocated when missing or of another length. */
function scratchOf(scratch: ChainScratch, n: number): Vec {
  if (scratch.vec === null || scratch.vec.length !== n) scratch.vec = new Float64Array(n);
  return scratch.vec;
}

/** out[i] = f·u[i], or out[i] + f·u[i] when adding (f = 1 adds exactly u, as applyUpdates does). */
function deliver(u: Vec, { out, factor, add }: Sink): void {
  if (u === out && !add && factor === 1) return;
  const n = out.length;
  if (u.length !== n) throw new RangeError(`updateOwned: sink.out must have length ${u.length}, got ${n}`);
  if (add) for (let i = 0; i < n; i++) out[i] = out[i] + factor * u[i];
  else for (let i = 0; i < n; i++) out[i] = factor * u[i];
}
