// Test-only: the PyTorch reference fixtures written by scripts/frontier_fixtures.py (the authors'
// code run in float64 on recorded gradients) and a driver that feeds the same gradients to a
// transform.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Transform, Vec } from '../types.ts';
import type { ParamBlock } from '../matrices/paramLayout.ts';
import { applyUpdates } from '../transforms/applyUpdates.ts';

export interface Fixture {
  name: string;
  meta: Record<string, unknown>;
  layout: ParamBlock[];
  params0: number[];
  grads: number[][];
  params: number[][];
  extra?: number[][];
}

export function loadFixture(name: string): Fixture {
  const url = new URL(`../../test/fixtures/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as Fixture;
}

/** Runs the transform on the fixture's gradients; returns θ after every step and the states. */
export function replay<S>(fx: Fixture, tx: Transform<S>): { params: number[][]; states: S[] } {
  let p: Vec = Float64Array.from(fx.params0);
  let s = tx.init(p);
  const params: number[][] = [];
  const states: S[] = [];
  for (const g of fx.grads) {
    const r = tx.update(Float64Array.from(g), s, p);
    s = r.state;
    p = applyUpdates(p, r.updates);
    params.push(Array.from(p));
    states.push(s);
  }
  return { params, states };
}

/**
 * The largest disagreement over all steps and entries, each relative to max(1, |expected|):
 * an absolute error for parameters of order one, a relative one for larger ones.
 */
export function maxError(actual: number[][], expected: number[][]): number {
  if (actual.length !== expected.length) return Infinity;
  let worst = 0;
  for (let k = 0; k < expected.length; k++) {
    if (actual[k].length !== expected[k].length) return Infinity;
    for (let i = 0; i < expected[k].length; i++) {
      const e = Math.abs(actual[k][i] - expected[k][i]) / Math.max(1, Math.abs(expected[k][i]));
      if (!(e <= worst)) worst = e;
    }
  }
  return worst;
}
