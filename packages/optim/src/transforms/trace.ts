import type { Sink, Transform, Vec } from '../types.ts';
import { boolean, closedUnitInterval, unitInterval, vecOfLength } from '../internal/validate.ts';

export interface TraceOptions {
  /** Momentum μ ∈ [0, 1). */
  decay: number;
  /** Dampening τ ∈ [0, 1] (PyTorch SGD's `dampening`). */
  dampening?: number;
  /** Nesterov: output u + μb instead of b (PyTorch's form). */
  nesterov?: boolean;
}

export interface TraceState {
  /** Updates seen so far. */
  count: number;
  /** The momentum buffer b. */
  buffer: Vec;
}

/**
 * Momentum buffer, PyTorch SGD's rule:
 * $b_1 = u_1$, $b_t = \mu b_{t-1} + (1-\tau)u_t$; output $u_t + \mu b_t$ (Nesterov) or $b_t$.
 *
 * The first step copies u without dampening, as PyTorch does; optax's `trace` starts from
 * b₀ = 0 with no dampening, which gives the same b₁ = u₁ when τ = 0.
 * Reference: torch.optim.SGD docs; Sutskever et al. (2013), On the importance of
 * initialization and momentum in deep learning.
 */
export function trace({ decay, dampening = 0, nesterov = false }: TraceOptions): Transform<TraceState> {
  unitInterval('trace', 'decay', decay);
  closedUnitInterval('trace', 'dampening', dampening);
  boolean('trace', 'nesterov', nesterov);
  if (nesterov && (decay === 0 || dampening !== 0)) {
    throw new RangeError('trace: nesterov requires decay > 0 and dampening = 0 (as in PyTorch)');
  }
  const keep = 1 - dampening;
  const advance = (grads: Vec, state: TraceState): Vec => {
    vecOfLength('trace', 'grads', grads, state.buffer.length);
    const n = grads.length;
    const prev = state.buffer;
    const b = new Float64Array(n);
    if (state.count === 0) b.set(grads);
    else for (let i = 0; i < n; i++) b[i] = decay * prev[i] + keep * grads[i];
    return b;
  };
  return {
    init: (params: Vec) => ({ count: 0, buffer: new Float64Array(params.length) }),
    update(grads: Vec, state: TraceState) {
      const b = advance(grads, state);
      let out = b; // the buffer itself is the output (not fresh: it lives in the state)
      if (nesterov) {
        out = new Float64Array(b.length);
        for (let i = 0; i < b.length; i++) out[i] = grads[i] + decay * b[i];
      }
      return { updates: out, state: { count: state.count + 1, buffer: b } };
    },
    updateScaled(grads: Vec, state: TraceState, _params: Vec, factor: number, inPlace: boolean) {
      const b = advance(grads, state);
      const out = inPlace ? grads : new Float64Array(b.length);
      if (nesterov) for (let i = 0; i < b.length; i++) out[i] = factor * (grads[i] + decay * b[i]);
      else for (let i = 0; i < b.length; i++) out[i] = factor * b[i];
      return { updates: out, state: { count: state.count + 1, buffer: b } };
    },
    updateOwned(grads: Vec, state: TraceState, _params: Vec, sink: Sink) {
      // One pass; b is written into the old buffer (element-wise, so safe), then f·b or
      // f·(g + μb) goes to the sink after g[i] has been read.
      const b = state.buffer;
      const n = b.length;
      vecOfLength('trace', 'grads', grads, n);
      vecOfLength('trace', 'sink.out', sink.out, n);
      const { out, factor, add } = sink;
      const first = state.count === 0;
      if (!first && !nesterov) {
        // The steady state, with the add/write choice outside the loop (a ternary inside is slow).
        if (add) {
          for (let i = 0; i < n; i++) {
            const bi = decay * b[i] + keep * grads[i];
            b[i] = bi;
            out[i] = out[i] + factor * bi;
          }
        } else {
          for (let i = 0; i < n; i++) {
            const bi = decay * b[i] + keep * grads[i];
            b[i] = bi;
            out[i] = factor * bi;
          }
        }
        return { count: state.count + 1, buffer: b };
      }
      for (let i = 0; i < n; i++) {
        const g = grads[i];
        const bi = first ? g : decay * b[i] + keep * g;
        b[i] = bi;
        const x = factor * (nesterov ? g + decay * bi : bi);
        out[i] = add ? out[i] + x : x;
      }
      return { count: state.count + 1, buffer: b };
    },
  };
}
