import type { Vec } from '../types.ts';
import { vecOfLength } from '../internal/validate.ts';

/**
 * θ' = θ + u, as a new array (updates already carry the minus sign, as in optax's
 * `apply_updates`). Neither argument is mutated.
 */
export function applyUpdates(params: Vec, updates: Vec): Vec {
  vecOfLength('applyUpdates', 'updates', updates, params.length);
  const n = params.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = params[i] + updates[i];
  return out;
}
