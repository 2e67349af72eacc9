import type { Vec } from '../types.ts';
import { rng, type Rng } from '../rng.ts';
import { finite, integer, nonNegative } from '../internal/validate.ts';

export interface AssociativeMemoryOptions {
  /** Number of key–value pairs, and the dimension d of keys and values (W is d × d). */
  pairs: number;
  /** Zipf exponent s: pair i (0-based) is drawn with probability ∝ 1/(i + 1)^s. 0 = uniform. */
  zipf: number;
  /** Seed of the values (random unit vectors). */
  seed: number | string;
}

export interface AssociativeMemory {
  /** d: keys are the standard basis e₀ … e_{d−1}; W is d × d, row-major, θ = vec(W). */
  d: number;
  /** The values vᵢ, unit vectors, as a d × d row-major matrix whose column i is vᵢ. */
  values: Vec;
  /** pᵢ, the Zipf probabilities (sum 1). */
  probabilities: number[];
  /** ½‖W eᵢ − vᵢ‖², the recall error of pair i. */
  pairError(W: Vec, i: number): number;
  /** L(W) = Σᵢ pᵢ · ½‖W eᵢ − vᵢ‖², the expected loss. */
  value(W: Vec): number;
  /** The mini-batch gradient (1/B) Σ_{i ∈ batch} (W eᵢ − vᵢ) eᵢᵀ, a new d × d array. */
  batchGrad(W: Vec, batch: readonly number[]): Vec;
  /** The exact gradient Σᵢ pᵢ (W eᵢ − vᵢ) eᵢᵀ. */
  grad(W: Vec): Vec;
  /** Draws a batch of B pair indices from the Zipf distribution. */
  sample(random: Rng, B: number): number[];
}

/**
 * A linear associative memory (the setting Jordan et al. and later work use to explain Muon): learn
 * W with W eᵢ ≈ vᵢ for orthonormal keys eᵢ and random unit values vᵢ, where pair i is seen with
 * Zipf probability pᵢ ∝ (i + 1)^{−s}. Because the keys are orthonormal the gradient's column i is
 * (W eᵢ − vᵢ) times how often pair i was drawn: a frequent pair's column dominates the gradient's
 * spectrum, a rare pair's is tiny — which SGD follows and an orthogonalised update does not.
 */
export function associativeMemory({ pairs, zipf, seed }: AssociativeMemoryOptions): AssociativeMemory {
  const fn = 'associativeMemory';
  integer(fn, 'pairs', pairs, 1);
  finite(fn, 'zipf', zipf);
  nonNegative(fn, 'zipf', zipf);
  const d = pairs;
  const random = rng(`associative-memory/${String(seed)}`);
  const values = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    let norm = 0;
    const col = Array.from({ length: d }, () => random.normal());
    for (const x of col) norm += x * x;
    norm = Math.sqrt(norm);
    for (let r = 0; r < d; r++) values[r * d + i] = col[r] / norm;
  }
  const weights = Array.from({ length: d }, (_, i) => (i + 1) ** -zipf);
  const total = weights.reduce((a, b) => a + b, 0);
  const probabilities = weights.map((w) => w / total);
  const cumulative = probabilities.map(
    (
      (s) => (p: number) =>
        (s += p)
    )(0),
  );
  const pairError = (W: Vec, i: number) => {
    let e = 0;
    for (let r = 0; r < d; r++) e += (W[r * d + i] - values[r * d + i]) ** 2;
    return 0.5 * e;
  };
  const gradWith = (W: Vec, weight: (i: number) => number) => {
    const G = new Float64Array(d * d);
    for (let i = 0; i < d; i++) {
      const w = weight(i);
      if (w === 0) continue;
      for (let r = 0; r < d; r++) G[r * d + i] = w * (W[r * d + i] - values[r * d + i]);
    }
    return G;
  };
  return {
    d,
    values,
    probabilities,
    pairError,
    value: (W) => probabilities.reduce((s, p, i) => s + p * pairError(W, i), 0),
    grad: (W) => gradWith(W, (i) => probabilities[i]),
    batchGrad(W, batch) {
      const counts = new Array<number>(d).fill(0);
      for (const i of batch) counts[i] += 1;
      return gradWith(W, (i) => counts[i] / batch.length);
    },
    sample(r, B) {
      integer(fn, 'B', B, 1);
      return Array.from({ length: B }, () => {
        const u = r.uniform();
        const k = cumulative.findIndex((c) => u < c);
        return k === -1 ? d - 1 : k;
      });
    },
  };
}
