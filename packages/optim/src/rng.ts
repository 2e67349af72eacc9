import { finite } from './internal/validate.ts';

/** A seeded pseudo-random generator. Every method advances the generator's own state. */
export interface Rng {
  /** Uniform 32-bit unsigned integer. */
  uint32(): number;
  /** Uniform in [lo, hi) with 53 random bits; default [0, 1). */
  uniform(lo?: number, hi?: number): number;
  /** Fills out[0 … n − 1] (default all of out) with the next n draws of `uniform()`: the same
   *  numbers as n calls, from a loop that keeps the generator's state in registers. */
  fillUniform(out: Float64Array, n?: number): Float64Array;
  /** Uniform integer in [0, n) — or in [lo, hi) when called with two arguments (numpy's convention). */
  int(loOrN: number, hi?: number): number;
  /** Gaussian N(mean, std²) by the Box–Muller transform. */
  normal(mean?: number, std?: number): number;
  /** A uniformly chosen element. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates); the input is not modified. */
  shuffle<T>(items: readonly T[]): T[];
  /** An independent generator that continues from the same state (replays the same stream). */
  clone(): Rng;
}

// splitmix32: spreads a seed over the 128-bit xoshiro state so nearby seeds give unrelated streams.
function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function hashString(s: string): number {
  // FNV-1a, 32-bit.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function fromState(st: Uint32Array): Rng {
  // xoshiro128** (Blackman & Vigna 2018): 128-bit state, period 2^128 − 1, passes BigCrush.
  const s = st;
  const uint32 = (): number => {
    const r = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return r;
  };
  const unit = (): number => ((uint32() >>> 5) * 67108864 + (uint32() >>> 6)) / 9007199254740992;
  const self: Rng = {
    uint32,
    uniform: (lo = 0, hi = 1) => lo + (hi - lo) * unit(),
    fillUniform(out: Float64Array, n = out.length) {
      if (!(out instanceof Float64Array) || !Number.isInteger(n) || n < 0 || n > out.length) {
        throw new RangeError(`rng.fillUniform: need a Float64Array and 0 ≤ n ≤ its length, got n = ${n}`);
      }
      // uint32() twice per draw, as unit(), with the state in locals (int32 bit patterns, stored
      // back as uint32: the same bits) instead of a load and a store of the array per operation
      let s0 = s[0];
      let s1 = s[1];
      let s2 = s[2];
      let s3 = s[3];
      for (let i = 0; i < n; i++) {
        const hi = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
        let t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = rotl(s3, 11);
        const lo = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
        t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = rotl(s3, 11);
        out[i] = ((hi >>> 5) * 67108864 + (lo >>> 6)) / 9007199254740992;
      }
      s[0] = s0;
      s[1] = s1;
      s[2] = s2;
      s[3] = s3;
      return out;
    },
    int(loOrN: number, hi?: number) {
      const lo = hi === undefined ? 0 : loOrN;
      const top = hi === undefined ? loOrN : hi;
      if (!Number.isInteger(lo) || !Number.isInteger(top) || top <= lo) {
        throw new RangeError(`rng.int: need integers lo < hi, got ${lo}, ${top}`);
      }
      return lo + Math.floor(unit() * (top - lo));
    },
    normal(mean = 0, std = 1) {
      const u1 = 1 - unit(); // (0, 1]: log is finite
      const u2 = unit();
      return mean + std * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    },
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('rng.pick: items must not be empty');
      return items[Math.floor(unit() * items.length)];
    },
    shuffle<T>(items: readonly T[]): T[] {
      const a = items.slice();
      for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(unit() * (i + 1));
        const tmp = a[i];
        a[i] = a[j];
        a[j] = tmp;
      }
      return a;
    },
    clone: () => fromState(Uint32Array.from(s)),
  };
  return self;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * A seeded generator (xoshiro128** seeded through splitmix32). Same seed, same stream, on every
 * platform; never `Math.random`. Seeds may be numbers (any finite value; the integer part
 * and sign are hashed) or strings.
 * Reference: Blackman & Vigna (2018), Scrambled Linear Pseudorandom Number Generators.
 */
export function rng(seed: number | string): Rng {
  let h: number;
  if (typeof seed === 'string') h = hashString(seed);
  else {
    finite('rng', 'seed', seed);
    // Mix the high part too, so seeds ≥ 2^32 differ from their low 32 bits.
    h = (Math.trunc(seed) >>> 0) ^ Math.imul(Math.floor(Math.trunc(seed) / 4294967296) >>> 0, 0x9e3779b1);
  }
  const sm = splitmix32(h);
  const st = new Uint32Array([sm(), sm(), sm(), sm()]);
  if ((st[0] | st[1] | st[2] | st[3]) === 0) st[0] = 1; // the all-zero state is a fixed point
  return fromState(st);
}
