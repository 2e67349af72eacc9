import { describe, expect, it } from 'vitest';
import { associativeMemory, newtonSchulzPolynomial } from '@descent/optim';
import { muonMemory } from './model.ts';
import { muonMemoryCodec } from './state.ts';
import { summarize } from './MuonMemory.tsx';

const base = muonMemoryCodec.defaults;
const SEEDS = [1, 2, 3];
/** Rare-pair error over frequent-pair error a quarter of the way through training. */
const imbalance = (r: ReturnType<typeof muonMemory>, id: string) => {
  const run = r.runs.find((x) => x.id === id)!;
  const k = Math.floor(run.frequent.length / 4);
  return run.rare[k].y / run.frequent[k].y;
};

describe('muonMemory(state)', () => {
  it('with the defaults SGD learns the frequent pairs far ahead of the rare ones, Muon keeps them close (three seeds)', () => {
    for (const seed of SEEDS) {
      const r = muonMemory({ ...base, seed });
      expect(imbalance(r, 'sgd'), `seed ${seed}`).toBeGreaterThan(10);
      expect(imbalance(r, 'muon'), `seed ${seed}`).toBeLessThan(2);
      expect(imbalance(r, 'muon')).toBeLessThan(imbalance(r, 'adam'));
    }
  });
  it('at the end SGD’s two quarters are orders of magnitude apart, Muon’s within a factor 50 — and SGD’s rare pairs are still further along than Muon’s', () => {
    for (const seed of SEEDS) {
      const [sgd, , muon] = muonMemory({ ...base, seed }).runs;
      expect(sgd.rare.at(-1)!.y / sgd.frequent.at(-1)!.y, `seed ${seed}`).toBeGreaterThan(1000);
      expect(muon.rare.at(-1)!.y / muon.frequent.at(-1)!.y, `seed ${seed}`).toBeLessThan(50);
      expect(sgd.rare.at(-1)!.y, `seed ${seed}`).toBeLessThan(muon.rare.at(-1)!.y);
    }
  });
  it('with a uniform stream (s = 0) SGD’s imbalance disappears too', () => {
    expect(imbalance(muonMemory({ ...base, zipf: 0 }), 'sgd')).toBeLessThan(2);
  });
  it('every run starts at ½‖vᵢ‖² = ½ and the errors are the memory’s own pairError', () => {
    const r = muonMemory(base);
    for (const run of r.runs) {
      expect(run.frequent[0].y).toBeCloseTo(0.5, 14);
      expect(run.rare[0].y).toBeCloseTo(0.5, 14);
      expect(run.pairErrors).toHaveLength(base.pairs);
    }
    expect(r.probabilities).toEqual(
      associativeMemory({ pairs: base.pairs, zipf: base.zipf, seed: base.seed }).probabilities,
    );
  });
  it('Newton–Schulz maps each normalised singular value by p⁵ (the spectrum after is the polynomial of the one before)', () => {
    const r = muonMemory(base);
    const after = r.before.map((s) => newtonSchulzPolynomial(s, 5)).sort((a, b) => b - a);
    after.forEach((v, i) => expect(r.after[i]).toBeCloseTo(v, 4)); // ε = 10⁻⁷ in the normalisation
    // Directions the update contains at all (σ ≥ 1.6·10⁻³ of ‖M‖_F) end within a factor 2 of each
    // other, though they spanned more than a factor 20 before.
    const kept = r.before.filter((x) => x >= 1.6e-3);
    expect(kept[0] / kept.at(-1)!).toBeGreaterThan(20);
    const lifted = r.after.slice(0, kept.length);
    expect(Math.max(...lifted) / Math.min(...lifted)).toBeLessThan(2);
  });
  it('the summary reports both quarters for every optimizer', () => {
    expect(summarize(muonMemory(base))).toMatch(
      /SGD with momentum: after \d+ steps frequent .* rare .*Muon:/,
    );
  });
});
