import { describe, expect, it } from 'vitest';
import { adamStepBound } from '@descent/optim';
import { adamStepper, gradientStream, SPIKE_AT, SPIKE_SIZE } from './model.ts';
import { AdamStepperState } from './state.ts';

const defaults = AdamStepperState.parse({});

/** Kingma & Ba's Algorithm 1 (PyTorch's ε placement), by hand, on a scalar stream. */
function byHand(gs: number[], lr: number, b1: number, b2: number, eps: number): number[] {
  let m = 0;
  let v = 0;
  return gs.map((g, k) => {
    const t = k + 1;
    m = b1 * m + (1 - b1) * g;
    v = b2 * v + (1 - b2) * g * g;
    return (-lr * (m / (1 - b1 ** t))) / (Math.sqrt(v / (1 - b2 ** t)) + eps);
  });
}

describe('adamStepper(state)', () => {
  it('every update agrees with Algorithm 1 computed by hand, for every stream', () => {
    for (const stream of ['noisy', 'constant', 'alternating', 'decaying', 'spike'] as const) {
      const s = { ...defaults, stream };
      const rows = adamStepper(s).rows;
      const want = byHand(gradientStream(s), s.lr, s.beta1, s.beta2, s.eps);
      rows.forEach((r, i) => expect(r.update).toBeCloseTo(want[i], 12));
    }
  });
  it('the first update is −η·sign(g₁) whatever the scale (up to ε)', () => {
    for (const scale of [1e-3, 1, 1000]) {
      const r = adamStepper({ ...defaults, stream: 'constant', scale }).rows[0];
      expect(r.mHat).toBeCloseTo(scale, 9);
      expect(r.vHat).toBeCloseTo(scale * scale, 6);
      expect(r.update).toBeCloseTo(-defaults.lr, 4);
    }
  });
  it('a constant stream gives updates of exactly −η (m̂ = g, v̂ = g² at every t)', () => {
    for (const r of adamStepper({ ...defaults, stream: 'constant' }).rows)
      expect(r.update).toBeCloseTo(-defaults.lr, 7);
  });
  it('the spike inflates v̂, so the steps after it shrink; clipping at norm 2 keeps them near η', () => {
    const plain = adamStepper({ ...defaults, stream: 'spike' });
    const clipped = adamStepper({ ...defaults, stream: 'spike', clip: true, maxNorm: 2 });
    const after = SPIKE_AT + 9; // row index of step SPIKE_AT + 10, once m has mostly forgotten the spike
    expect(plain.rows[SPIKE_AT - 1].gRaw).toBeCloseTo(SPIKE_SIZE, 12);
    expect(Math.abs(plain.rows[after].update)).toBeLessThan(0.5 * defaults.lr);
    expect(Math.abs(clipped.rows[after].update)).toBeGreaterThan(0.7 * defaults.lr);
    // The clipped gradient has norm maxNorm/(1 + 10⁻⁶·…): just under 2.
    expect(clipped.rows[SPIKE_AT - 1].g).toBeCloseTo((2 / (SPIKE_SIZE + 1e-6)) * SPIKE_SIZE, 12);
    expect(clipped.unclipped).toEqual(plain.rows.map((r) => r.update));
    expect(plain.unclipped).toBeNull();
  });
  it('|update| never exceeds η·adamStepBound(β₁, β₂, t) (the Cauchy–Schwarz bound), on every stream', () => {
    for (const stream of ['noisy', 'alternating', 'decaying', 'spike'] as const) {
      for (const r of adamStepper({ ...defaults, stream, steps: 60 }).rows) {
        expect(Math.abs(r.update)).toBeLessThanOrEqual(
          defaults.lr * adamStepBound(defaults.beta1, defaults.beta2, r.t) * (1 + 1e-12),
        );
      }
    }
  });
  it('extreme settings give finite numbers everywhere', () => {
    for (const over of [
      { eps: 1e-12, scale: 1e-3 },
      { eps: 1, scale: 1000, beta1: 0.999, beta2: 0.99999 },
      { beta1: 0, beta2: 0.9, lr: 1 },
    ]) {
      for (const r of adamStepper({ ...defaults, steps: 60, stream: 'spike', clip: true, ...over }).rows) {
        expect(Object.values(r).every(Number.isFinite)).toBe(true);
      }
    }
  });
});
