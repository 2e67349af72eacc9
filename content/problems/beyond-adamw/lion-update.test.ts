// The Lion update over 2,000 seeds: the draw really varies η and λ, and the checker reads every
// variant one way only. The key is computed here exactly (decimal arithmetic in BigInt) and
// rounded to the stated 6 significant figures both half up and half down: a key on a rounding
// half-unit would have one of its two correct roundings refused. Each slip is recomputed by hand.
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../../src/lib/problems/checkAnswer.ts';
import { roundToPrecision } from '../../../src/lib/problems/precision.ts';
import problem, { type P } from './lion-update.ts';

const SEEDS = Array.from({ length: 2000 }, (_, k) => k);
const FIGURES = 6;
const LRS = [1e-4, 3e-4, 1e-3];
const WDS = [0.1, 0.5, 1];

/** A drawn decimal (at most 12 places) as an integer count of 10⁻¹². */
const D = 12;
const scaled = (x: number) => BigInt(x.toFixed(D).replace('.', ''));
const sign = (x: bigint) => (x > 0n ? 1n : x < 0n ? -1n : 0n);

/** θₜ,ᵢ = θ − η(sign(0.9m + 0.1g) + λθ), exactly, as an integer count of 10⁻³⁶. */
function exactKey(p: P): bigint[] {
  const [eta, lambda] = [scaled(p.lr), scaled(p.wd)];
  const unit = 10n ** BigInt(2 * D);
  return p.theta.map((th, i) => {
    const theta = scaled(th);
    const s = sign(9n * scaled(p.m[i]) + scaled(p.g[i]));
    return theta * unit - eta * s * unit - eta * lambda * theta;
  });
}

/** The exact value k·10⁻³⁶ rounded to 6 significant figures, ties up or down, as typed. */
function roundExact(k: bigint, tiesUp: boolean): string {
  const digits = (k < 0n ? -k : k).toString();
  const drop = digits.length - FIGURES;
  if (k === 0n || drop <= 0) return String(Number(`${k}e-${3 * D}`));
  const unit = 10n ** BigInt(drop);
  const magnitude = k < 0n ? -k : k;
  const [q, r] = [magnitude / unit, magnitude % unit];
  const half = 5n * 10n ** BigInt(drop - 1);
  const kept = r > half || (tiesUp && r === half) ? q + 1n : q;
  return String(Number(`${k < 0n ? '-' : ''}${kept}e${drop - 3 * D}`));
}

// The slips by hand, in the problem's order: β₂ in the blend, the gradient's sign alone, no decay.
const step = (p: P, direction: (i: number) => number, decay = true) =>
  p.theta.map((th, i) => th - p.lr * (direction(i) + (decay ? p.wd * th : 0)));
const SLIPS = [
  (p: P) => step(p, (i) => Math.sign(0.99 * p.m[i] + 0.01 * p.g[i])),
  (p: P) => step(p, (i) => Math.sign(p.g[i])),
  (p: P) => step(p, (i) => Math.sign(0.9 * p.m[i] + 0.1 * p.g[i]), false),
];

const typed = (v: readonly (number | string)[]) => `[${v.join(', ')}]`;

describe(`lion-update over ${SEEDS.length} seeds`, () => {
  it('draws every learning rate and every decay, in all nine pairings, and varies θ, m and g', () => {
    const pairs = new Map<string, number>();
    const seen = new Map<string, Set<number>>();
    for (const seed of SEEDS) {
      const p = problem.paramsOf(seed);
      const pair = `η = ${p.lr}, λ = ${p.wd}`;
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
      for (const [name, v] of Object.entries({ theta: p.theta, m: p.m, g: p.g }))
        v.forEach((x, i) =>
          seen.set(`|${name}${i}|`, (seen.get(`|${name}${i}|`) ?? new Set()).add(Math.abs(x))),
        );
    }
    for (const lr of LRS)
      for (const wd of WDS)
        // 2,000 seeds over 9 pairings: about 222 each; fewer than 100 means a skewed draw.
        expect(pairs.get(`η = ${lr}, λ = ${wd}`) ?? 0, `η = ${lr}, λ = ${wd}`).toBeGreaterThan(100);
    for (const [where, values] of seen) expect(values.size, `${where} takes all 3 sizes`).toBe(3);
  });

  it('accepts the exact key rounded to 6 significant figures, ties up and ties down', () => {
    for (const seed of SEEDS) {
      const inst = problem.instantiate(seed);
      if (inst.answer.kind !== 'vector') throw new Error('lion-update is a vector problem');
      expect(inst.answer.label).toMatch(/each to 6 significant figures$/);
      const exact = exactKey(problem.paramsOf(seed));
      const key = inst.answer.value;
      const inputs = [
        typed(exact.map((k) => roundExact(k, true))),
        typed(exact.map((k) => roundExact(k, false))),
        typed(key.map((x) => roundToPrecision(x, { sigFigs: FIGURES }))),
        typed(key),
      ];
      for (const input of inputs)
        expect(checkAnswer(inst, input).kind, `seed ${seed}: ${input} for key ${typed(key)}`).toBe('correct');
    }
  });

  it('refuses each slip as the key and names it as its own mistake, typed in full or rounded', () => {
    for (const seed of SEEDS) {
      const inst = problem.instantiate(seed);
      const p = problem.paramsOf(seed);
      expect(inst.mistakes.length).toBe(SLIPS.length);
      SLIPS.forEach((slip, i) => {
        const v = slip(p);
        for (const input of [typed(v), typed(v.map((x) => roundToPrecision(x, { sigFigs: FIGURES })))])
          expect(checkAnswer(inst, input), `seed ${seed}, slip ${i + 1} typed as ${input}`).toMatchObject({
            kind: 'mistake',
            feedback: [inst.mistakes[i].feedback],
          });
      });
    }
  });
});
