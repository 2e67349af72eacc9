import { describe, expect, it } from 'vitest';
import { miniBatchGradient, rng, sampleIndices } from '@descent/optim';
import { stopAnytime } from './model.ts';
import { DIM, N, stopProblem } from './problem.ts';
import { stopAnytimeCodec } from './state.ts';
import { summarize } from './StopAnytimeRace.tsx';

const base = stopAnytimeCodec.defaults;
const SEEDS = [1, 2, 3, 4, 5];
const at = (r: ReturnType<typeof stopAnytime>, id: string) => r.runs.find((x) => x.id === id)!.atStop;

describe('stopAnytime(state)', () => {
  it('the cosine run is SGD with η_t = η(1 + cos(πt/T))/2 on the shared batch stream, by hand', () => {
    const s = { ...base, stop: 40, planned: 100 };
    const { problem, fStar } = stopProblem(s.seed);
    const random = rng(`stop-anytime/${s.seed}`);
    let x = new Float64Array(DIM);
    for (let t = 0; t < 40; t++) {
      const g = miniBatchGradient(problem, sampleIndices(random, N, s.batch, false), x);
      const eta = (s.lr * (1 + Math.cos((Math.PI * t) / 100))) / 2;
      x = x.map((v, i) => v - eta * g[i]);
    }
    expect(at(stopAnytime(s), 'cosine')).toBeCloseTo(problem.value(x) - fStar, 12);
  });
  it('stopped halfway, the WSD run (still at its peak rate) is above the cosine run, for every seed', () => {
    for (const seed of SEEDS) {
      const r = stopAnytime({ ...base, seed });
      expect(at(r, 'wsd'), `seed ${seed}`).toBeGreaterThan(at(r, 'cosine'));
    }
  });
  it('branching WSD into its decay at the stop brings it below where it stood, for every seed', () => {
    for (const seed of SEEDS) {
      const r = stopAnytime({ ...base, seed });
      expect(r.decaySteps).toBe(Math.round((base.stop * 0.2) / 0.8));
      expect(at(r, 'wsd-decay'), `seed ${seed}`).toBeLessThan(at(r, 'wsd'));
    }
  });
  it('run to its planned T, the cosine run ends lowest of all, for every seed; no branch inside the decay', () => {
    for (const seed of SEEDS) {
      const r = stopAnytime({ ...base, seed, stop: base.planned });
      expect(r.runs.map((x) => x.id)).toEqual(['cosine', 'wsd', 'schedule-free']);
      expect(Math.min(...r.runs.map((x) => x.atStop)), `seed ${seed}`).toBe(at(r, 'cosine'));
    }
  });
  it('a stop past T is read at T, and the summary lists every run best first', () => {
    const r = stopAnytime({ ...base, planned: 200, stop: 900 });
    expect(r.stop).toBe(200);
    const text = summarize(r);
    expect(text).toMatch(/^Stopped at update 200 of a planned 200, best first: /);
  });
});
