// Test-only helpers (not exported from the package): a smooth test gradient, a runner that
// drives a Transform, and a relative-error assertion.
import { expect } from 'vitest';
import type { Transform, Vec } from '../types.ts';
import { applyUpdates } from '../transforms/applyUpdates.ts';

/** Start point and gradient of a mildly coupled, badly scaled problem; iterates stay away from 0. */
export const theta0 = [1.5, -2, 0.7, 3];
const scales = [1, 4, 0.25, 2];
const centers = [3, -4, 2, 5];
export function testGrad(theta: readonly number[]): number[] {
  return theta.map((x, i) => scales[i] * (x - centers[i]) + 0.1 * Math.sin(theta[(i + 1) % theta.length]));
}

/** Runs `steps` updates of a transform on testGrad; returns θ after every step. */
export function runTransform<S>(
  tx: Transform<S>,
  steps: number,
  start: readonly number[] = theta0,
): number[][] {
  let params: Vec = Float64Array.from(start);
  let state = tx.init(params);
  const out: number[][] = [];
  for (let k = 0; k < steps; k++) {
    const g = Float64Array.from(testGrad(Array.from(params)));
    const r = tx.update(g, state, params);
    state = r.state;
    params = applyUpdates(params, r.updates);
    out.push(Array.from(params));
  }
  return out;
}

/** Every entry of every row agrees to relative error ≤ tol. */
export function expectClose(actual: number[][], expected: number[][], tol = 1e-9): void {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let k = 0; k < expected.length; k++) {
    for (let i = 0; i < expected[k].length; i++) {
      const e = expected[k][i];
      const a = actual[k][i];
      const rel = Math.abs(a - e) / Math.max(Math.abs(e), 1e-300);
      if (!(rel <= worst)) worst = rel;
    }
  }
  expect(worst).toBeLessThanOrEqual(tol);
}

/** Relative error of two scalars. */
export function rel(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
}

/** Distance between two doubles in units in the last place (0 when equal, ∞ for NaN vs not). */
export function ulpDistance(a: number, b: number): number {
  if (Object.is(a, b) || a === b) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Infinity;
  const bits = new BigInt64Array(new Float64Array([a, b]).buffer);
  // map the sign-magnitude bit patterns onto a line so that −0 and +0 meet
  const line = (x: bigint) => (x < 0n ? -(x & 0x7fffffffffffffffn) : x);
  const d = line(bits[0]) - line(bits[1]);
  return Number(d < 0n ? -d : d);
}
