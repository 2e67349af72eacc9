import { describe, expect, it } from 'vitest';
import { rng, miniBatchGradient, sgdNoiseScale } from '@descent/optim';
import { growingBatches, race, raceProblem, raceSchedule, N } from './model.ts';
import { summarizeRace } from './RaceView.ts';
import { raceCodec, type RaceState } from './state.ts';

const D = raceCodec.defaults;
const small: RaceState = { ...D, updates: 400 };

describe('race', () => {
  const r = race({ ...small, grow: true });

  it('runs every selected schedule from the same start; decaying schedules end below the constant rate', () => {
    expect(r.runs.map((x) => x.id)).toEqual(['constant', 'multistep', 'cosine', 'onecycle', 'grow']);
    for (const run of r.runs) expect(run.points[0].y).toBeCloseTo(r.f0, 12);
    const constant = r.runs[0].final!;
    for (const id of ['multistep', 'cosine', 'onecycle'])
      expect(r.runs.find((x) => x.id === id)!.final!).toBeLessThan(constant);
  });

  it('each run uses η_t = schedule(t − 1) of its package schedule', () => {
    for (const run of r.runs.filter((x) => x.id !== 'grow')) {
      const s = raceSchedule(run.id as 'constant', small.lr, small.updates);
      for (const p of run.rates) expect(p.y).toBe(s(p.x - 1));
    }
  });

  it('runs with the same batch size see the same batches: the constant-rate run is SGD on that stream, by hand', () => {
    // Replay the constant run by hand with the package's sampler and gradient (b ≤ n/8 draws by rejection).
    const { problem, fStar } = raceProblem(small.seed);
    const random = rng(`race-batches/${small.seed}`);
    const x = new Float64Array(20);
    for (let t = 1; t <= 4; t++) {
      const seen = new Set<number>();
      const idx: number[] = [];
      while (idx.length < small.batch) {
        const i = random.int(N);
        if (!seen.has(i)) {
          seen.add(i);
          idx.push(i);
        }
      }
      const g = miniBatchGradient(problem, idx, x);
      for (let j = 0; j < x.length; j++) x[j] -= small.lr * g[j];
      const recorded = r.runs[0].points.find((p) => p.x === t);
      if (recorded) expect(recorded.y).toBeCloseTo(problem.value(x) - fStar, 12);
    }
    expect(r.runs[0].points.find((p) => p.x === 4)).toBeDefined();
  });

  it('the growing-batch run keeps η, spends the same examples in fewer updates, and matches the noise scale', () => {
    const grow = r.runs.find((x) => x.id === 'grow')!;
    const ms = r.runs.find((x) => x.id === 'multistep')!;
    expect(grow.epochs).toBeCloseTo(ms.epochs, 12);
    expect(grow.updates).toBeLessThan(ms.updates);
    expect(new Set(grow.rates.map((p) => p.y))).toEqual(new Set([small.lr]));
    // Noise scale at the end: multi-step is at η/100 with b₀; the growing run at η with b_end.
    const bs = growingBatches(small.lr, small.batch, small.updates);
    const gEnd = sgdNoiseScale({ lr: small.lr, n: N, batchSize: bs[bs.length - 2] });
    const gDecay = sgdNoiseScale({ lr: small.lr / 100, n: N, batchSize: small.batch });
    expect(Math.abs(gEnd - gDecay) / gDecay).toBeLessThan(0.02); // rounding b to an integer
    expect(bs.reduce((a, b) => a + b, 0)).toBe(small.updates * small.batch);
  });

  it('reports divergence at a step instead of drawing it, and the summary says so', () => {
    const out = race({
      ...small,
      lr: 30,
      batch: 1,
      constant: true,
      multistep: false,
      cosine: false,
      onecycle: false,
    });
    const run = out.runs[0];
    if (run.divergedAt !== null) {
      expect(run.final).toBeNull();
      expect(summarizeRace(out)).toMatch(/diverged at step \d+/);
    }
    for (const p of run.points) expect(Number.isFinite(p.y)).toBe(true);
  });

  it('plots against epochs when asked', () => {
    const out = race({ ...small, xAxis: 'epochs' });
    const last = out.runs[0].points.at(-1)!;
    expect(last.x).toBeCloseTo((small.updates * small.batch) / N, 12);
  });
});

describe('growingBatches', () => {
  it('starts at b₀ and multiplies it by about 10 at each milestone (b ≪ n)', () => {
    const bs = growingBatches(1, 4, 400);
    expect(bs[0]).toBe(4);
    expect(bs).toContain(Math.round(1000 / (1 + 0.1 * (1000 / 4 - 1))));
  });
});
