import { describe, expect, it } from 'vitest';
import { rng } from '../rng.ts';
import { associativeMemory } from './associativeMemory.ts';

const mem = associativeMemory({ pairs: 6, zipf: 1.2, seed: 3 });
const W = Float64Array.from({ length: 36 }, (_, k) => Math.sin(k));

describe('associativeMemory', () => {
  it('values are unit vectors; Zipf probabilities sum to 1 and fall as (i + 1)^−s', () => {
    for (let i = 0; i < 6; i++) {
      let n = 0;
      for (let r = 0; r < 6; r++) n += mem.values[r * 6 + i] ** 2;
      expect(n).toBeCloseTo(1, 14);
    }
    expect(mem.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
    expect(mem.probabilities[0] / mem.probabilities[3]).toBeCloseTo(4 ** 1.2, 12);
  });
  it('the gradient matches central differences of the expected loss', () => {
    const g = mem.grad(W);
    const h = 1e-6;
    for (const k of [0, 7, 20, 35]) {
      const p = Float64Array.from(W);
      const q = Float64Array.from(W);
      p[k] += h;
      q[k] -= h;
      expect(g[k]).toBeCloseTo((mem.value(p) - mem.value(q)) / (2 * h), 8);
    }
  });
  it('a batch gradient is the empirical-frequency version, and its column i is zero for undrawn pairs', () => {
    const batch = [0, 0, 2];
    const G = mem.batchGrad(W, batch);
    for (let r = 0; r < 6; r++) {
      expect(G[r * 6 + 0]).toBeCloseTo((2 / 3) * (W[r * 6] - mem.values[r * 6]), 14);
      expect(G[r * 6 + 1]).toBe(0);
    }
  });
  it('sampling follows the Zipf probabilities (frequencies within 1 % over 200 000 draws)', () => {
    const counts = new Array(6).fill(0);
    for (const i of mem.sample(rng('zipf-test'), 200_000)) counts[i] += 1;
    counts.forEach((c, i) => expect(c / 200_000).toBeCloseTo(mem.probabilities[i], 2));
  });
});
