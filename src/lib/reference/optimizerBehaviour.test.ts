import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_GRADIENT, BEHAVIOUR_STEPS, optimizerBehaviour } from './optimizerBehaviour.ts';
import { optimizerEntries } from './optimizerReference.ts';

// The closed forms below are a second route to the same numbers: with every gradient equal to G,
// each rule's step is a short formula in t (ε terms are far below the tolerance).
const norm = Math.hypot(...BEHAVIOUR_GRADIENT);
const t = Array.from({ length: BEHAVIOUR_STEPS }, (_, i) => i + 1);

describe('optimizerBehaviour(name)', () => {
  it('runs every optimizer of the reference page for the same number of finite, positive steps', () => {
    for (const e of optimizerEntries()) {
      const b = optimizerBehaviour(e.name);
      expect(b, e.name).toBeDefined();
      expect(b!.stepLengths).toHaveLength(BEHAVIOUR_STEPS);
      expect(
        b!.stepLengths.every((s) => Number.isFinite(s) && s >= 0),
        e.name,
      ).toBe(true);
    }
  });
  it('SGD (lr required, so 0.01 is given) steps η‖G‖ every time', () => {
    const b = optimizerBehaviour('sgd')!;
    expect(b.given).toEqual({ lr: 0.01 });
    for (const s of b.stepLengths) expect(s).toBeCloseTo(0.01 * norm, 12);
  });
  it('heavy ball (β = 0.9) steps η‖G‖(1 − βᵗ)/(1 − β)', () => {
    const b = optimizerBehaviour('heavyBall')!;
    t.forEach((k, i) => expect(b.stepLengths[i]).toBeCloseTo((0.01 * norm * (1 - 0.9 ** k)) / 0.1, 10));
  });
  it('AdaGrad (η = 0.01) moves each coordinate η/√t: 2η/√t for four coordinates', () => {
    const b = optimizerBehaviour('adagrad')!;
    expect(b.given).toEqual({});
    t.forEach((k, i) => expect(b.stepLengths[i]).toBeCloseTo((2 * 0.01) / Math.sqrt(k), 6));
  });
  it('Adam (η = 10⁻³): bias correction makes every coordinate move η from the first step', () => {
    const b = optimizerBehaviour('adam')!;
    for (const s of b.stepLengths) expect(s).toBeCloseTo(2e-3, 5);
  });
  it('passes a weight decay where the rule requires one (the papers’ SGDW)', () => {
    expect(optimizerBehaviour('sgdw')!.given).toEqual({ lr: 0.01, weightDecay: 0.01 });
  });
  it('is undefined for a name the package does not export', () => {
    expect(optimizerBehaviour('noSuchOptimizer')).toBeUndefined();
  });
});
