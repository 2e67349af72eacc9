// Test-only: torch.optim.Adam/AdamW's documented algorithm as scalar loops (no package code).
import { testGrad, theta0 } from './testing.ts';

export type Ref = {
  beta1: number;
  beta2: number;
  eps: number;
  weightDecay: number;
  amsgrad: boolean;
  epsRoot?: number;
  epsHat?: boolean;
  amsgradMax?: 'raw' | 'corrected';
};

// torch.optim.Adam's documented algorithm, with optax's eps_root, TF's ε̂ and optax's AMSGrad
// on v̂ as explicit variants. Scalar loops, no package code.
export function referenceAdam(
  lr: (t: number) => number,
  o: Ref,
  steps: number,
  decoupled = false,
): number[][] {
  const th = [...theta0];
  const m = th.map(() => 0);
  const v = th.map(() => 0);
  const vmax = th.map(() => 0);
  const out: number[][] = [];
  for (let t = 1; t <= steps; t++) {
    const grad = testGrad(th);
    const gamma = lr(t - 1);
    for (let i = 0; i < th.length; i++) {
      let g = grad[i];
      if (decoupled) th[i] = th[i] - gamma * o.weightDecay * th[i];
      else if (o.weightDecay !== 0) g = g + o.weightDecay * th[i];
      m[i] = o.beta1 * m[i] + (1 - o.beta1) * g;
      v[i] = o.beta2 * v[i] + (1 - o.beta2) * g * g;
      const mHat = m[i] / (1 - o.beta1 ** t);
      if (o.epsHat) {
        // TF/Keras: lr_t = lr·√(1−β₂ᵗ)/(1−β₁ᵗ); θ ← θ − lr_t·m/(√v + ε̂)
        const lrT = (gamma * Math.sqrt(1 - o.beta2 ** t)) / (1 - o.beta1 ** t);
        th[i] = th[i] - (lrT * m[i]) / (Math.sqrt(v[i]) + o.eps);
        continue;
      }
      let vHat: number;
      if (o.amsgrad && o.amsgradMax === 'corrected') {
        vmax[i] = Math.max(vmax[i], v[i] / (1 - o.beta2 ** t));
        vHat = vmax[i];
      } else if (o.amsgrad) {
        vmax[i] = Math.max(vmax[i], v[i]);
        vHat = vmax[i] / (1 - o.beta2 ** t);
      } else {
        vHat = v[i] / (1 - o.beta2 ** t);
      }
      th[i] = th[i] - (gamma * mHat) / (Math.sqrt(vHat + (o.epsRoot ?? 0)) + o.eps);
    }
    out.push([...th]);
  }
  return out;
}

export const base = { beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0, amsgrad: false };
export const adamCases: Ref[] = [
  base,
  { ...base, weightDecay: 0.1 },
  { ...base, beta1: 0.5, beta2: 0.9, eps: 1e-3 },
  { ...base, amsgrad: true },
  { ...base, beta2: 0.6, amsgrad: true, weightDecay: 0.05 },
  { ...base, beta1: 0, beta2: 0 },
];
