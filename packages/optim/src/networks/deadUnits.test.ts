import { describe, expect, it } from 'vitest';
import { deadUnits } from './deadUnits.ts';
import { mlp } from './mlp.ts';

describe('deadUnits(net, theta, X)', () => {
  it('counts hidden units whose pre-activation is never positive on the data', () => {
    const net = mlp({ sizes: [1, 2, 2, 1], activation: 'relu' });
    // layer 1: unit 0 z = x (alive for x > 0), unit 1 z = −x − 10 (dead on x ∈ [−1, 1]);
    // layer 2: unit 0 z = h₀ (alive), unit 1 z = −h₀ − 1 (dead)
    const theta = Float64Array.from([1, -1, 0, -10, 1, 0, -1, 0, 0, -1, 1, 1, 0]);
    expect(net.size).toBe(13);
    expect(deadUnits(net, theta, Float64Array.from([-1, 0.5, 1]))).toBe(2);
    expect(deadUnits(net, theta, Float64Array.from([-1, -0.5]))).toBe(4); // unit 0 dead too, then everything downstream
  });
});
