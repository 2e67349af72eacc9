import type { Transform, Vec } from '../types.ts';
import { boolean, oneOf, unitInterval, vecOfLength } from '../internal/validate.ts';

export interface MuonMomentumOptions {
  /** μ, default 0.95. */
  beta?: number;
  /** Output the Nesterov-style blend instead of the buffer, default true. */
  nesterov?: boolean;
  /**
   * 'ema' (default, KellerJordan/Muon): b ← μb + (1−μ)g, Nesterov output (1−μ)g + μb.
   * 'sum' (Moonlight, PyTorch SGD): b ← μb + g, Nesterov output g + μb. From b₀ = 0 the two
   * differ by the constant factor 1/(1−μ), which Newton–Schulz's normalisation removes.
   */
  form?: 'ema' | 'sum';
}

export interface MuonMomentumState {
  /** Updates seen so far. */
  count: number;
  /** The momentum buffer b (starts at 0). */
  buffer: Vec;
}

/**
 * Muon's momentum (KellerJordan/Muon `muon.py`, `muon_update`, commit 857d1adc):
 * `momentum.lerp_(grad, 1 - beta)` — $b_t = \mu b_{t-1} + (1-\mu)g_t$ — then
 * `grad.lerp_(momentum, beta)` — the Nesterov-style output $(1-\mu)g_t + \mu b_t$ (or $b_t$ without
 * Nesterov). Elementwise; the orthogonalisation is the next part ({@link orthogonalize}).
 */
export function muonMomentum(options: MuonMomentumOptions = {}): Transform<MuonMomentumState> {
  const fn = 'muonMomentum';
  const { beta = 0.95, nesterov = true, form = 'ema' } = options;
  unitInterval(fn, 'beta', beta);
  boolean(fn, 'nesterov', nesterov);
  oneOf(fn, 'form', form, ['ema', 'sum'] as const);
  const gIn = form === 'ema' ? 1 - beta : 1;
  return {
    freshUpdates: nesterov,
    init: (params: Vec) => ({ count: 0, buffer: new Float64Array(params.length) }),
    update(grads: Vec, state: MuonMomentumState) {
      const n = state.buffer.length;
      vecOfLength(fn, 'grads', grads, n);
      const b = new Float64Array(n);
      if (form === 'ema') for (let i = 0; i < n; i++) b[i] = lerp(state.buffer[i], grads[i], gIn);
      else for (let i = 0; i < n; i++) b[i] = beta * state.buffer[i] + grads[i];
      let out = b;
      if (nesterov) {
        out = new Float64Array(n);
        if (form === 'ema') for (let i = 0; i < n; i++) out[i] = lerp(grads[i], b[i], beta);
        else for (let i = 0; i < n; i++) out[i] = grads[i] + beta * b[i];
      }
      return { updates: out, state: { count: state.count + 1, buffer: b } };
    },
  };
}

/** torch's lerp(start, end, w), with its two formulas (the second keeps lerp(s, e, 1) = e exact). */
function lerp(start: number, end: number, w: number): number {
  return w < 0.5 ? start + w * (end - start) : end - (end - start) * (1 - w);
}
