import type { Vec } from '../types.ts';
import type { FiniteSum } from './types.ts';

/**
 * gradIInto(problem, i, x, out) writes ∇fᵢ(x) into `out` and returns it: through the problem's
 * own `gradIInto` when it has one (no new array), else by copying `gradI`. Used by the methods'
 * `reuse` steps.
 */
export function gradIInto(problem: FiniteSum, i: number, x: Vec, out: Vec): Vec {
  if (problem.gradIInto) return problem.gradIInto(i, x, out);
  out.set(problem.gradI(i, x));
  return out;
}

/**
 * A reusable array of length d: `buffer` itself when it has that length, else a new one. Keeps
 * the methods' scratch arrays right when one method object steps problems of different sizes.
 */
export function scratch(buffer: Vec | null, d: number): Vec {
  return buffer !== null && buffer.length === d ? buffer : new Float64Array(d);
}

/**
 * The array a `reuse` step writes its new iterate into: `spare` (the iterate the method stepped
 * from last time, which the caller no longer reads) unless it is the current one or the wrong
 * size, else a new array.
 */
export function nextIterate(spare: Vec | null, current: Vec): Vec {
  return spare !== null && spare !== current && spare.length === current.length
    ? spare
    : new Float64Array(current.length);
}
