import type { Vec } from '../types.ts';
import type { Mlp } from './mlp.ts';

/**
 * Hidden ReLU units that are "dead" on a data set: their pre-activation $z = w^\top a + b$ is
 * ≤ 0 on every row of X, so their output and their gradient are 0 for all of it and gradient
 * descent on that data can no longer change their incoming weights. Counts units of every hidden
 * layer (for other activations it counts units whose pre-activation is never positive).
 * Forward pass written out per layer (φ = ReLU) from the network's layout.
 */
export function deadUnits(net: Mlp, theta: Vec, X: Vec): number {
  const d = net.sizes[0];
  const n = X.length / d;
  const L = net.layout.length;
  let dead = 0;
  let prev: Float64Array = X;
  for (let l = 0; l < L - 1; l++) {
    const { weights, bias, inputs, outputs } = net.layout[l];
    const next = new Float64Array(n * outputs);
    for (let j = 0; j < outputs; j++) {
      let alive = false;
      for (let i = 0; i < n; i++) {
        let z = theta[bias + j];
        for (let k = 0; k < inputs; k++) z += theta[weights + j * inputs + k] * prev[i * inputs + k];
        if (z > 0) alive = true;
        next[i * outputs + j] = z > 0 ? z : 0;
      }
      if (!alive) dead++;
    }
    prev = next;
  }
  return dead;
}
