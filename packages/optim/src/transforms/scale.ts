import type { Sink, Transform, Vec } from '../types.ts';
import { finite } from '../internal/validate.ts';

/** u ← c·u for a fixed constant c (stateless). Reference: optax `scale`. */
export function scale(factor: number): Transform<Record<string, never>> {
  finite('scale', 'factor', factor);
  return {
    init: () => ({}),
    update(grads: Vec, state: Record<string, never>) {
      const out = new Float64Array(grads.length);
      for (let i = 0; i < grads.length; i++) out[i] = factor * grads[i];
      return { updates: out, state };
    },
    freshUpdates: true,
    scalar: (state: Record<string, never>) => ({ factor, state }),
    updateOwned(grads: Vec, state: Record<string, never>, _params: Vec, sink: Sink) {
      const { out, factor: f, add } = sink;
      const n = grads.length;
      if (add) for (let i = 0; i < n; i++) out[i] = out[i] + f * (factor * grads[i]);
      else for (let i = 0; i < n; i++) out[i] = f * (factor * grads[i]);
      return state;
    },
  };
}
