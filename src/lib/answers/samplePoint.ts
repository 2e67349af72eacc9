import type { ExpressionVariable } from './parseExpressionAnswer.ts';

/** The i-th term of the van der Corput sequence in `base`: a well-spread number in [0, 1). */
function radicalInverse(i: number, base: number): number {
  let f = 1;
  let r = 0;
  for (let n = i; n > 0; n = Math.floor(n / base)) {
    f /= base;
    r += f * (n % base);
  }
  return r;
}
const PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29];

/**
 * The i-th point (i ≥ 1) of a Halton sequence over the variables' domains: variable k takes the
 * radical inverse of i in the k-th prime, scaled to [min, max] (integers: ⌊min + u·(max − min + 1)⌋,
 * capped at max). Points are spread out and reproducible without Math.random.
 * (Halton, "On the efficiency of certain quasi-random sequences of points", Numer. Math. 2, 1960.)
 */
export function samplePoint(i: number, variables: readonly ExpressionVariable[]): Record<string, number> {
  const vars: Record<string, number> = {};
  variables.forEach((v, k) => {
    const u = radicalInverse(i, PRIMES[k % PRIMES.length]);
    vars[v.name] = v.integer
      ? Math.min(v.max, Math.floor(v.min + u * (v.max - v.min + 1)))
      : v.min + u * (v.max - v.min);
  });
  return vars;
}
