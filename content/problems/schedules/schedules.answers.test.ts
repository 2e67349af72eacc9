// Independent answer tests for the schedules problems: each key is recomputed by hand (not with
// the package function the problem calls), answers rounded to the stated precision are accepted,
// and the typical slips — recomputed here by hand — get their own feedback.
import { describe, expect, it } from 'vitest';
import { rng } from '@descent/optim';
import { checkAnswer } from '../../../src/lib/problems/checkAnswer.ts';
import type { Problem, ProblemInstance } from '../../../src/lib/problems/problemTypes.ts';
import cosine, { draw as drawCosine } from './cosine-schedule-value.ts';
import warmup, { draw as drawWarmup } from './warmup-lr.ts';
import stepDecay, { draw as drawStep } from './step-decay-lr.ts';
import oneCycle, { draw as drawOneCycle } from './one-cycle-lr.ts';
import plateau, { draw as drawPlateau } from './plateau-first-reduction.ts';
import scaling, { draw as drawScaling } from './linear-scaling-warmup.ts';
import noise, { draw as drawNoise } from './batch-size-noise-scale.ts';

const SEEDS = Array.from({ length: 120 }, (_, k) => (Math.imul(k + 7, 0x85ebca6b) >>> 0));

function keyOf(inst: ProblemInstance): number {
  if (inst.answer.kind !== 'number') throw new Error('number problems only');
  return inst.answer.value;
}
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

/** Checks one problem: the hand key agrees, rounded answers pass, each hand-computed slip gets its feedback. */
function check<P>(problem: Problem, draw: (r: ReturnType<typeof rng>) => P, sigFigs: number | null, byHand: (p: P) => number,
  slips: { value: (p: P) => number; feedback: RegExp }[]) {
  let slipsSeen = 0;
  for (const seed of SEEDS) {
    const p = draw(rng(seed));
    const inst = problem.instantiate(seed);
    const key = byHand(p);
    expect(rel(keyOf(inst), key), `seed ${seed}`).toBeLessThan(1e-12);
    const typed = sigFigs === null ? String(key) : key.toPrecision(sigFigs);
    expect(checkAnswer(inst, typed).kind, `seed ${seed}: ${typed}`).toBe('correct');
    if (sigFigs !== null) expect(checkAnswer(inst, key.toPrecision(sigFigs + 2)).kind).toBe('correct');
    for (const s of slips) {
      const v = s.value(p);
      if (!Number.isFinite(v)) continue;
      const listed = inst.mistakes.find((m) => typeof m.value === 'number' && Number.isFinite(m.value) && rel(m.value, v) < 1e-9);
      if (!listed) continue; // the problem dropped this slip for this variant (too close to the key or another slip)
      slipsSeen++;
      const verdict = checkAnswer(inst, v.toPrecision(sigFigs ?? 12));
      expect(verdict.kind, `seed ${seed}: slip ${v}`).toBe('mistake');
      if (verdict.kind === 'mistake') expect(verdict.feedback.join(' '), `seed ${seed}`).toMatch(s.feedback);
    }
  }
  expect(slipsSeen, 'at least some slips apply').toBeGreaterThan(SEEDS.length / 2);
}

describe('independent answers: schedules problems', () => {
  it('cosine-schedule-value: η_min + ½(η − η_min)(1 + cos(π(e − 1)/T)), the degrees slip and the off-by-one', () => {
    const f = (p: { lr: number; etaMin: number; tMax: number }, k: number, rad = 1) => p.etaMin + 0.5 * (p.lr - p.etaMin) * (1 + Math.cos(((Math.PI * k) / p.tMax) * rad));
    check(cosine, drawCosine, 3, (p) => f(p, p.epoch - 1), [
      { value: (p) => f(p, p.epoch), feedback: /^Off by one/ },
      { value: (p) => f(p, p.epoch - 1, Math.PI / 180), feedback: /calculator is in degrees/ },
    ]);
    // The degrees slip of issue 19: seed-independent spot check, cos of 0.785 *degrees*.
    expect(Math.cos((Math.PI / 4) * (Math.PI / 180))).toBeCloseTo(0.999906, 6);
  });

  it('warmup-lr: η(s + (1 − s)(t − 1)/T), off-by-one feedback with the numbers', () => {
    check(warmup, drawWarmup, 3, (p) => p.lr * (p.start + ((1 - p.start) * (p.update - 1)) / p.warm), [
      { value: (p) => p.lr * (p.start + ((1 - p.start) * p.update) / p.warm), feedback: /Off by one: that is .*only .* times/ },
      { value: (p) => (p.lr * (p.update - 1)) / p.warm, feedback: /ramps from 0/ },
    ]);
    const inst = warmup.instantiate(SEEDS[0]);
    const p = drawWarmup(rng(SEEDS[0]));
    const offByOne = inst.mistakes[0].feedback;
    expect(offByOne).toContain(`${p.update - 1}`);
    expect(offByOne).not.toMatch(/k\s*\+\s*1/);
  });

  it('step-decay-lr: count the milestones ≤ e − 1', () => {
    check(stepDecay, drawStep, 3, (p) => p.lr * p.gamma ** ((p.m1 <= p.epoch - 1 ? 1 : 0) + (p.m2 <= p.epoch - 1 ? 1 : 0)), [
      { value: (p) => p.lr * p.gamma ** ((p.m1 <= p.epoch ? 1 : 0) + (p.m2 <= p.epoch ? 1 : 0)), feedback: /^Off by one/ },
      { value: (p) => (p.epoch - 1 >= p.m2 ? p.lr * p.gamma : NaN), feedback: /compound/ },
    ]);
  });

  it('one-cycle-lr: linear interpolation inside PyTorch’s phases', () => {
    const lin = (p: { maxLr: number; div: number; pct: number; total: number }, k: number) => {
      const lo = p.maxLr / p.div;
      const e1 = p.pct * p.total - 1;
      return k <= e1 ? lo + ((p.maxLr - lo) * k) / e1 : p.maxLr + ((lo - p.maxLr) * (k - e1)) / e1;
    };
    const cos = (p: { maxLr: number; div: number; pct: number; total: number }, k: number) => {
      const lo = p.maxLr / p.div;
      const e1 = p.pct * p.total - 1;
      const [a, b, q] = k <= e1 ? [lo, p.maxLr, k / e1] : [p.maxLr, lo, (k - e1) / e1];
      return b + ((a - b) / 2) * (1 + Math.cos(Math.PI * q));
    };
    check(oneCycle, drawOneCycle, 3, (p) => lin(p, p.update - 1), [
      { value: (p) => lin(p, p.update), feedback: /^Off by one/ },
      { value: (p) => cos(p, p.update - 1), feedback: /cosine interpolation/ },
    ]);
  });

  it('plateau-first-reduction: simulate best and the bad-epoch counter by hand', () => {
    const sim = (losses: number[], patience: number, thr: number) => {
      let best = Infinity, bad = 0;
      for (let e = 0; e < losses.length; e++) {
        if (losses[e] < best - thr) { best = losses[e]; bad = 0; } else bad++;
        if (bad > patience) return e + 1;
      }
      return NaN;
    };
    check(plateau, drawPlateau, null, (p) => sim(p.losses, p.patience, p.threshold), [
      { value: (p) => sim(p.losses, p.patience, p.threshold) - 1, feedback: /One epoch early/ },
      { value: (p) => sim(p.losses, p.patience, 0), feedback: /every decrease/ },
    ]);
    // Every variant's sequence shows its numbers exactly as the prompt prints them.
    for (const seed of SEEDS.slice(0, 20)) {
      const p = drawPlateau(rng(seed));
      for (const l of p.losses) expect(Number(l.toFixed(3))).toBe(l);
    }
  });

  it('linear-scaling-warmup: 0.1 + (0.1k − 0.1)(t − 1)/W', () => {
    check(scaling, drawScaling, 4, (p) => 0.1 + (0.1 * p.k - 0.1) * (p.update - 1) / (p.warmEpochs * p.iters), [
      { value: (p) => 0.1 * p.k, feedback: /scaled rate/ },
      { value: (p) => 0.1 + (0.1 * p.k - 0.1) * p.update / (p.warmEpochs * p.iters), feedback: /^Off by one/ },
    ]);
  });

  it('batch-size-noise-scale: the b that solves η(n/b − 1) = (η/f)(n/b₀ − 1)', () => {
    for (const seed of SEEDS) {
      const p = drawNoise(rng(seed));
      const b = keyOf(noise.instantiate(seed));
      // Plug the key back into the defining equation (a different route from the closed form).
      expect(rel(p.lr * (p.n / b - 1), (p.lr / p.factor) * (p.n / p.b0 - 1))).toBeLessThan(1e-12);
    }
    check(noise, drawNoise, 3, (p) => {
      // Bisection on the noise-scale equation, by hand.
      const target = (p.lr / p.factor) * (p.n / p.b0 - 1);
      let lo = p.b0, hi = p.n;
      for (let i = 0; i < 200; i++) { const mid = (lo + hi) / 2; if (p.lr * (p.n / mid - 1) > target) lo = mid; else hi = mid; }
      return (lo + hi) / 2;
    }, [{ value: (p) => p.b0 * p.factor, feedback: /approximation/ }, { value: (p) => p.b0 / p.factor, feedback: /Wrong direction/ }]);
  });
});
