import type { Vec } from '../types.ts';
import { rng } from '../rng.ts';
import { boolean, finite, integer, oneOf } from '../internal/validate.ts';
import { compileKernels } from './mlpKernel.ts';
import { tanh } from './tanh.ts';
import { exp } from './exp.ts';
import { log1pUnit } from './log1p.ts';

export type Activation = 'tanh' | 'relu' | 'sigmoid' | 'linear';
export type MlpLoss = 'logistic' | 'squared';
/** 'glorot': U(−a, a), a = √(6/(fan_in + fan_out)); 'he': N(0, 2/fan_in). Biases start at 0. */
export type InitScheme = 'glorot' | 'he';

export interface MlpOptions {
  /** Layer widths from input to output, e.g. [2, 8, 8, 1]; the last must be 1 (one output). */
  sizes: readonly number[];
  /** Activation of every hidden unit, default 'tanh'. The output unit has none (a logit or a value). */
  activation?: Activation;
  /** 'logistic' (default): the output is a logit z, p = σ(z), loss −y log p − (1−y) log(1−p).
   *  'squared': the output z is used as is, loss ½(z − y)². */
  loss?: MlpLoss;
  /** Seed of `init()` when it is called without one, default 0. */
  seed?: number;
  /** Initialisation; default 'he' for ReLU, 'glorot' otherwise. */
  init?: InitScheme;
  /** Compile a straight-line kernel for this exact shape (mlpKernel.ts), default true; false
   *  (or a network over KERNEL_MAX_PARAMS, or no code generation) runs the loops below. */
  compile?: boolean;
}

export interface Mlp {
  readonly sizes: readonly number[];
  readonly activation: Activation;
  readonly loss: MlpLoss;
  readonly initScheme: InitScheme;
  /** True when a compiled kernel runs the passes (same numbers as the loops to rounding). */
  readonly compiled: boolean;
  /** Number of parameters (weights and biases). */
  readonly size: number;
  /** Offsets of layer l's weight matrix (row-major, out × in) and bias in θ, l = 0 … L−1. */
  readonly layout: readonly { weights: number; bias: number; inputs: number; outputs: number }[];
  /** A new seeded parameter vector. */
  init(seed?: number): Vec;
  /** Mean loss over the batch and its gradient (a new array). X: n × d row-major, y: n labels. */
  lossAndGradient(theta: Vec, X: Vec, y: Vec): { loss: number; grad: Vec };
  /** Same as lossAndGradient on the first n rows, writing the gradient into `grad`; returns the loss. */
  lossAndGradientInto(theta: Vec, X: Vec, y: Vec, grad: Vec, n?: number): number;
  /** Mean loss over the batch (forward pass only). */
  lossValue(theta: Vec, X: Vec, y: Vec, n?: number): number;
  /** The network's outputs: probabilities σ(z) for the logistic loss, z for the squared loss. */
  predict(theta: Vec, X: Vec): Vec;
  /** predict on the first n rows of X, written into `out`. */
  predictInto(theta: Vec, X: Vec, out: Vec, n?: number): Vec;
  /** Fraction of rows whose output is on the right side of ½ (labels y ∈ {0, 1}). */
  accuracy(theta: Vec, X: Vec, y: Vec, n?: number): number;
  /** lossValue and accuracy from one forward pass. */
  evaluate(theta: Vec, X: Vec, y: Vec, n?: number): { loss: number; accuracy: number };
}

const LINEAR = 0;
const TANH = 1;
const RELU = 2;
const SIGMOID = 3;
const CODES: Record<Activation, number> = { linear: LINEAR, tanh: TANH, relu: RELU, sigmoid: SIGMOID };

/** σ(z) without overflow for large |z|. */
function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + exp(-z));
  const e = exp(z);
  return e / (1 + e);
}

/**
 * A multilayer perceptron with one output, its parameters one flat Float64Array θ: for each layer
 * l, the weights W_l (out × in, row-major) then the biases b_l. Forward pass on a batch X (n × d):
 * $a_0 = x$, $z_l = W_l a_{l-1} + b_l$, $a_l = \phi(z_l)$ for hidden layers, output $z_L$.
 * Loss, the mean over the batch:
 * logistic $\ell = \log(1 + e^{z}) - y z$ (cross-entropy of p = σ(z)), squared $\ell = \tfrac12 (z - y)^2$.
 * Backpropagation: $\delta_L = (\sigma(z_L) - y)/n$ or $(z_L - y)/n$, $\delta_{l-1} = (W_l^\top \delta_l) \odot \phi'(z_{l-1})$,
 * $\nabla_{W_l} = \sum_i \delta_l a_{l-1}^\top$, $\nabla_{b_l} = \sum_i \delta_l$; φ′: tanh 1 − a², σ a(1 − a),
 * ReLU 1[z > 0] (0 at z = 0, as PyTorch), linear 1.
 * Two implementations with the same arithmetic: for networks up to KERNEL_MAX_PARAMS parameters a
 * kernel compiled for the exact shape (mlpKernel.ts: the batch through each layer at once, loops
 * over the examples unrolled over the layer's units, weights and gradient sums in locals);
 * otherwise, or with `compile: false`, loops that take the whole batch through each layer at
 * once in scratch buffers the network keeps and reuses (grown when a larger batch arrives).
 * Neither allocates per example. Both evaluate tanh, e^x and the loss's log(1 + e^{−|z|}) in
 * plain arithmetic (tanh.ts, exp.ts, log1p.ts: within 1.5, 1 and 2 ulp of Math's functions),
 * which V8 would otherwise run as calls into C.
 * `lossAndGradient` is a pure function of (θ, X, y): θ, X and y are never written.
 * Initialisation: Glorot & Bengio (2010) uniform, or He et al. (2015) normal for ReLU.
 * Reference: Rumelhart, Hinton & Williams (1986), Learning representations by back-propagating errors.
 */
export function mlp(options: MlpOptions): Mlp {
  const fn = 'mlp';
  const { sizes, activation = 'tanh', loss = 'logistic', seed = 0 } = options;
  if (!Array.isArray(sizes) || sizes.length < 2)
    throw new RangeError(`${fn}: sizes must list at least the input and output widths`);
  sizes.forEach((s, i) => integer(fn, `sizes[${i}]`, s, 1));
  if (sizes[sizes.length - 1] !== 1)
    throw new RangeError(`${fn}: the last size must be 1 (one output), got ${sizes[sizes.length - 1]}`);
  oneOf(fn, 'activation', activation, ['tanh', 'relu', 'sigmoid', 'linear'] as const);
  oneOf(fn, 'loss', loss, ['logistic', 'squared'] as const);
  finite(fn, 'seed', seed);
  const initScheme: InitScheme = options.init ?? (activation === 'relu' ? 'he' : 'glorot');
  oneOf(fn, 'init', initScheme, ['glorot', 'he'] as const);
  const kernels = boolean(fn, 'compile', options.compile ?? true)
    ? compileKernels({ sizes, activation, loss })
    : null;

  const L = sizes.length - 1;
  const d = sizes[0];
  const layout: { weights: number; bias: number; inputs: number; outputs: number }[] = [];
  let size = 0;
  for (let l = 0; l < L; l++) {
    const inputs = sizes[l];
    const outputs = sizes[l + 1];
    layout.push({ weights: size, bias: size + inputs * outputs, inputs, outputs });
    size += inputs * outputs + outputs;
  }
  const act = CODES[activation];
  const logistic = loss === 'logistic';
  const wOff = layout.map((x) => x.weights);
  const bOff = layout.map((x) => x.bias);
  const widths = sizes.slice();

  // Scratch, feature-major: a[l][j·n + i] is unit j of layer l on example i (a[0] the inputs,
  // transposed from X; a[L] the output z_L), delta[l] likewise. Every inner loop then runs over
  // the batch, contiguously, instead of over a layer's few units.
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

  /** Forward pass on n rows; fills a[0..L]. */
  const forward = (theta: Vec, X: Vec, n: number) => {
    ensure(n);
    if (kernels) {
      kernels.forward(theta, X, a[L], n);
      return;
    }
    const a0 = a[0];
    for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) a0[k * n + i] = X[i * d + k];
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
        for (let k = 0; k < nin; k++) {
          const wk = theta[wj + k];
          const pk = k * n;
          for (let i = 0; i < n; i++) out[oj + i] += wk * prev[pk + i];
        }
      }
      if (l === L) break;
      const m = n * nout;
      // One loop per activation: a branch inside the loop body costs more than the loop.
      if (act === TANH) for (let q = 0; q < m; q++) out[q] = tanh(out[q]);
      else if (act === RELU) for (let q = 0; q < m; q++) out[q] = out[q] > 0 ? out[q] : 0;
      else if (act === SIGMOID) for (let q = 0; q < m; q++) out[q] = 1 / (1 + exp(-out[q]));
    }
  };

  const meanLoss = (y: Vec, n: number): number => {
    const z = a[L];
    let total = 0;
    if (logistic) {
      for (let i = 0; i < n; i++) {
        const zi = z[i];
        total += (zi > 0 ? zi : 0) - y[i] * zi + log1pUnit(exp(-Math.abs(zi)));
      }
    } else {
      for (let i = 0; i < n; i++) {
        const r = z[i] - y[i];
        total += 0.5 * r * r;
      }
    }
    return total / n;
  };

  const rightShare = (y: Vec, n: number): number => {
    const z = a[L];
    // logistic: p ≥ ½ ⇔ z ≥ 0; squared: the value itself against ½.
    const cut = logistic ? 0 : 0.5;
    let right = 0;
    for (let i = 0; i < n; i++) if ((z[i] >= cut ? 1 : 0) === (y[i] >= 0.5 ? 1 : 0)) right++;
    return right / n;
  };

  const checkBatch = (name: string, theta: Vec, X: Vec, y: Vec | null, n: number | undefined): number => {
    if (!(theta instanceof Float64Array) || theta.length !== size)
      throw new RangeError(`${name}: theta must be a Float64Array of length ${size}`);
    if (!(X instanceof Float64Array)) throw new RangeError(`${name}: X must be a Float64Array`);
    const rows = n ?? (y ? y.length : X.length / d);
    if (!Number.isInteger(rows) || rows < 1 || rows * d > X.length)
      throw new RangeError(`${name}: X must hold n × ${d} values for n ≥ 1 rows`);
    if (y && (!(y instanceof Float64Array) || y.length < rows))
      throw new RangeError(`${name}: y must be a Float64Array of at least ${rows} labels`);
    return rows;
  };

  const lossAndGradientInto = (theta: Vec, X: Vec, y: Vec, grad: Vec, nRows?: number): number => {
    const n = checkBatch('mlp.lossAndGradient', theta, X, y, nRows);
    if (!(grad instanceof Float64Array) || grad.length !== size)
      throw new RangeError(`mlp.lossAndGradient: grad must be a Float64Array of length ${size}`);
    if (kernels) return kernels.grad(theta, X, y, grad, n);
    forward(theta, X, n);
    const z = a[L];
    const dz = delta[L];
    const inv = 1 / n;
    let total = 0;
    if (logistic) {
      // one exp per example serves both the loss log(1 + e^z) − yz and σ(z)
      for (let i = 0; i < n; i++) {
        const zi = z[i];
        const e = exp(-Math.abs(zi));
        const p = zi >= 0 ? 1 / (1 + e) : e / (1 + e);
        total += (zi > 0 ? zi : 0) - y[i] * zi + log1pUnit(e);
        dz[i] = (p - y[i]) * inv;
      }
    } else {
      for (let i = 0; i < n; i++) {
        const r = z[i] - y[i];
        total += 0.5 * r * r;
        dz[i] = r * inv;
      }
    }
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
        for (let k = 0; k < nin; k++) {
          const pk = k * n;
          let sw = 0;
          for (let i = 0; i < n; i++) sw += dl[oj + i] * prev[pk + i];
          grad[wj + k] = sw;
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
        for (let k = 0; k < nin; k++) {
          const wk = theta[wj + k];
          const pk = k * n;
          for (let i = 0; i < n; i++) dp[pk + i] += wk * dl[oj + i];
        }
      }
      if (act === TANH) for (let q = 0; q < m; q++) dp[q] *= 1 - prev[q] * prev[q];
      else if (act === RELU) for (let q = 0; q < m; q++) dp[q] = prev[q] > 0 ? dp[q] : 0;
      else if (act === SIGMOID) for (let q = 0; q < m; q++) dp[q] *= prev[q] * (1 - prev[q]);
    }
    return value;
  };

  const predictInto = (theta: Vec, X: Vec, out: Vec, nRows?: number): Vec => {
    const n = checkBatch('mlp.predict', theta, X, null, nRows);
    if (!(out instanceof Float64Array) || out.length < n)
      throw new RangeError(`mlp.predict: out must hold ${n} values`);
    forward(theta, X, n);
    const z = a[L];
    if (logistic) for (let i = 0; i < n; i++) out[i] = sigmoid(z[i]);
    else for (let i = 0; i < n; i++) out[i] = z[i];
    return out;
  };

  return {
    sizes: widths,
    activation,
    loss,
    initScheme,
    compiled: kernels !== null,
    size,
    layout,
    init(s = seed) {
      finite('mlp.init', 'seed', s);
      const r = rng(s);
      const theta = new Float64Array(size);
      for (const { weights, inputs, outputs } of layout) {
        if (initScheme === 'glorot') {
          const lim = Math.sqrt(6 / (inputs + outputs));
          for (let q = 0; q < inputs * outputs; q++) theta[weights + q] = r.uniform(-lim, lim);
        } else {
          const std = Math.sqrt(2 / inputs);
          for (let q = 0; q < inputs * outputs; q++) theta[weights + q] = r.normal(0, std);
        }
      }
      return theta;
    },
    lossAndGradient(theta, X, y) {
      const grad = new Float64Array(size);
      const value = lossAndGradientInto(theta, X, y, grad);
      return { loss: value, grad };
    },
    lossAndGradientInto,
    lossValue(theta, X, y, nRows) {
      const n = checkBatch('mlp.lossValue', theta, X, y, nRows);
      forward(theta, X, n);
      return meanLoss(y, n);
    },
    predict(theta, X) {
      const n = checkBatch('mlp.predict', theta, X, null, undefined);
      return predictInto(theta, X, new Float64Array(n), n);
    },
    predictInto,
    accuracy(theta, X, y, nRows) {
      const n = checkBatch('mlp.accuracy', theta, X, y, nRows);
      forward(theta, X, n);
      return rightShare(y, n);
    },
    evaluate(theta, X, y, nRows) {
      const n = checkBatch('mlp.evaluate', theta, X, y, nRows);
      forward(theta, X, n);
      return { loss: meanLoss(y, n), accuracy: rightShare(y, n) };
    },
  };
}
