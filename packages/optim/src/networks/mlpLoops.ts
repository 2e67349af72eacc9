import type { Vec } from '../types.ts';
import type { Activation, MlpLoss } from './mlp.ts';
import { tanh } from './tanh.ts';
import { exp } from './exp.ts';
import { logisticHead, softmaxHead, squaredHead } from './mlpHeads.ts';

export interface MlpShape {
  sizes: readonly number[];
  activation: Activation;
  loss: MlpLoss;
}

/** What mlp needs from an implementation of the passes (loops, blocked or compiled kernel). */
export interface MlpKernels {
  /** Mean loss over the first n rows; the gradient of it written into every coordinate of grad. */
  grad(theta: Vec, X: Vec, y: Vec, grad: Vec, n: number): number;
  /** The output layer's pre-activations z_L of the first n rows, example-major (n × outputs). */
  forward(theta: Vec, X: Vec, out: Vec, n: number): void;
}

/** Offsets of W_l (row-major out × in) and b_l in θ, l = 1 … L at index l − 1. */
export function mlpOffsets(sizes: readonly number[]): { w: number[]; b: number[]; size: number } {
  const w: number[] = [];
  const b: number[] = [];
  let size = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    w.push(size);
    b.push(size + sizes[l] * sizes[l + 1]);
    size += sizes[l] * sizes[l + 1] + sizes[l + 1];
  }
  return { w, b, size };
}

/**
 * The passes as plain loops, the reference implementation (`kernel: 'loops'`) and the source of
 * every unit's output (`units`). Scratch is feature-major: a[l][j·n + i] is unit j of layer l on
 * example i (a[0] the inputs, transposed from X; a[L] the output pre-activations z_L), delta[l]
 * likewise, so every inner loop runs over the batch, contiguously, instead of over a layer's few
 * units. The buffers are kept and grown when a larger batch arrives; nothing is allocated per call.
 */
export function mlpLoops(shape: MlpShape): MlpKernels & {
  /** Forward pass on n rows; returns a[0 … L], feature-major (views of the scratch: read at once). */
  units(theta: Vec, X: Vec, n: number): readonly Float64Array[];
} {
  const widths = shape.sizes.slice();
  const { activation, loss } = shape;
  const L = widths.length - 1;
  const d = widths[0];
  const k = widths[L];
  const { w: wOff, b: bOff } = mlpOffsets(widths);
  let capacity = 0;
  let a: Float64Array[] = [];
  let delta: Float64Array[] = [];
  const ensure = (n: number) => {
    if (n <= capacity) return;
    capacity = Math.max(n, 2 * capacity);
    a = [];
    delta = [];
    for (let l = 0; l <= L; l++) {
      a.push(new Float64Array(capacity * widths[l]));
      delta.push(new Float64Array(capacity * widths[l]));
    }
  };

  const forward = (theta: Vec, X: Vec, n: number) => {
    ensure(n);
    const a0 = a[0];
    for (let i = 0; i < n; i++) for (let q = 0; q < d; q++) a0[q * n + i] = X[i * d + q];
    for (let l = 1; l <= L; l++) {
      const prev = a[l - 1];
      const out = a[l];
      const nin = widths[l - 1];
      const nout = widths[l];
      const w = wOff[l - 1];
      const b = bOff[l - 1];
      for (let j = 0; j < nout; j++) {
        const oj = j * n;
        const bj = theta[b + j];
        for (let i = 0; i < n; i++) out[oj + i] = bj;
        const wj = w + j * nin;
        for (let q = 0; q < nin; q++) {
          const wk = theta[wj + q];
          const pk = q * n;
          for (let i = 0; i < n; i++) out[oj + i] += wk * prev[pk + i];
        }
      }
      if (l === L) break;
      const m = n * nout;
      // One loop per activation: a branch inside the loop body costs more than the loop.
      if (activation === 'tanh') for (let q = 0; q < m; q++) out[q] = tanh(out[q]);
      else if (activation === 'relu') for (let q = 0; q < m; q++) out[q] = out[q] > 0 ? out[q] : 0;
      else if (activation === 'sigmoid') for (let q = 0; q < m; q++) out[q] = 1 / (1 + exp(-out[q]));
    }
  };

  return {
    units(theta, X, n) {
      forward(theta, X, n);
      return a;
    },
    forward(theta, X, out, n) {
      forward(theta, X, n);
      const z = a[L];
      for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) out[i * k + j] = z[j * n + i];
    },
    grad(theta, X, y, grad, n) {
      forward(theta, X, n);
      const z = a[L];
      const dz = delta[L];
      const inv = 1 / n;
      const total =
        loss === 'softmax'
          ? softmaxHead(z, y, n, k, 1, n, dz, inv)
          : loss === 'logistic'
            ? logisticHead(z, y, n, dz, inv)
            : squaredHead(z, y, n, dz, inv);
      const value = total / n;
      for (let l = L; l >= 1; l--) {
        const prev = a[l - 1];
        const dl = delta[l];
        const nin = widths[l - 1];
        const nout = widths[l];
        const w = wOff[l - 1];
        const b = bOff[l - 1];
        for (let j = 0; j < nout; j++) {
          const oj = j * n;
          let sb = 0;
          for (let i = 0; i < n; i++) sb += dl[oj + i];
          grad[b + j] = sb;
          const wj = w + j * nin;
          for (let q = 0; q < nin; q++) {
            const pk = q * n;
            let sw = 0;
            for (let i = 0; i < n; i++) sw += dl[oj + i] * prev[pk + i];
            grad[wj + q] = sw;
          }
        }
        if (l === 1) break;
        // δ_{l−1} = (W_lᵀ δ_l) ⊙ φ′(z_{l−1}), with φ′ read from the stored activations.
        const dp = delta[l - 1];
        const m = n * nin;
        for (let q = 0; q < m; q++) dp[q] = 0;
        for (let j = 0; j < nout; j++) {
          const oj = j * n;
          const wj = w + j * nin;
          for (let q = 0; q < nin; q++) {
            const wk = theta[wj + q];
            const pk = q * n;
            for (let i = 0; i < n; i++) dp[pk + i] += wk * dl[oj + i];
          }
        }
        if (activation === 'tanh') for (let q = 0; q < m; q++) dp[q] *= 1 - prev[q] * prev[q];
        else if (activation === 'relu') for (let q = 0; q < m; q++) dp[q] = prev[q] > 0 ? dp[q] : 0;
        else if (activation === 'sigmoid') for (let q = 0; q < m; q++) dp[q] *= prev[q] * (1 - prev[q]);
      }
      return value;
    },
  };
}
