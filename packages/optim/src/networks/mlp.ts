import type { Vec } from '../types.ts';
import { rng } from '../rng.ts';
import { boolean, finite, integer, nonNegative, oneOf } from '../internal/validate.ts';
import { compileKernels } from './mlpKernel.ts';
import { mlpBlockedKernel } from './mlpBlockedKernel.ts';
import { mlpLoops, type MlpKernels } from './mlpLoops.ts';
import { argmaxRows, logisticHead, softmaxHead, softmaxRows, squaredHead } from './mlpHeads.ts';
import { weightPenalty } from './weightPenalty.ts';
import { exp } from './exp.ts';

export type Activation = 'tanh' | 'relu' | 'sigmoid' | 'linear';
export type MlpLoss = 'logistic' | 'squared' | 'softmax';
/** 'glorot': U(−a, a), a = √(6/(fan_in + fan_out)); 'he': N(0, 2/fan_in). Biases start at 0. */
export type InitScheme = 'glorot' | 'he';
/** Which implementation runs the passes; all give the same numbers (see `mlp`). */
export type MlpKernel = 'compiled' | 'blocked' | 'loops';

export interface MlpOptions {
  /** Layer widths from input to output, e.g. [2, 8, 8, 1] or [196, 64, 10]. The last is 1 for
   *  the logistic and squared losses and the number of classes k ≥ 2 for softmax. */
  sizes: readonly number[];
  /** Activation of every hidden unit, default 'tanh'. The output units have none (logits or values). */
  activation?: Activation;
  /** 'logistic' (default): the output is a logit z, p = σ(z), loss −y log p − (1−y) log(1−p), y ∈ {0, 1}.
   *  'squared': the output z is used as is, loss ½(z − y)².
   *  'softmax': k logits, p = softmax(z), loss −log p_y (cross-entropy), labels y ∈ {0, …, k−1}. */
  loss?: MlpLoss;
  /** Seed of `init()` when it is called without one, default 0. */
  seed?: number;
  /** Initialisation; default 'he' for ReLU, 'glorot' otherwise. */
  init?: InitScheme;
  /** `false` is `kernel: 'loops'` (kept from before there was a choice). */
  compile?: boolean;
  /** 'auto' (default): the compiled kernel up to KERNEL_MAX_PARAMS parameters where code
   *  generation is allowed, the blocked kernel otherwise; 'compiled' falls back the same way. */
  kernel?: 'auto' | MlpKernel;
  /** λ₁ of the penalty λ₁ Σ|w| on the weights (not the biases), default 0. */
  l1?: number;
  /** λ₂ of the penalty (λ₂/2) Σ w² on the weights (not the biases), default 0. */
  l2?: number;
}

/** One layer's parameters, copied out of θ for a network diagram. */
export interface LayerParameters {
  inputs: number;
  outputs: number;
  /** outputs × inputs, row-major: weights[j·inputs + i] links unit i of the layer below to unit j. */
  weights: Float64Array;
  bias: Float64Array;
}

export interface Mlp {
  readonly sizes: readonly number[];
  readonly activation: Activation;
  readonly loss: MlpLoss;
  readonly initScheme: InitScheme;
  /** The implementation in use: 'compiled' (mlpKernel.ts), 'blocked' (mlpBlockedKernel.ts) or 'loops'. */
  readonly kernel: MlpKernel;
  /** True when the compiled kernel runs the passes (same numbers as the loops to rounding). */
  readonly compiled: boolean;
  /** Number of outputs: 1, or the number of classes k for softmax. */
  readonly outputs: number;
  /** Number of classes the network tells apart: 2 for logistic (and squared), k for softmax. */
  readonly classes: number;
  readonly l1: number;
  readonly l2: number;
  /** Number of parameters (weights and biases). */
  readonly size: number;
  /** Offsets of layer l's weight matrix (row-major, out × in) and bias in θ, l = 0 … L−1. */
  readonly layout: readonly { weights: number; bias: number; inputs: number; outputs: number }[];
  /** A new seeded parameter vector. */
  init(seed?: number): Vec;
  /** The objective J(θ) = mean loss over the batch + penalty, and its gradient (a new array).
   *  X: n × d row-major, y: n labels. */
  lossAndGradient(theta: Vec, X: Vec, y: Vec): { loss: number; grad: Vec };
  /** Same as lossAndGradient on the first n rows, writing the gradient into `grad`; returns J. */
  lossAndGradientInto(theta: Vec, X: Vec, y: Vec, grad: Vec, n?: number): number;
  /** J(θ): mean loss over the batch + penalty (forward pass only). */
  lossValue(theta: Vec, X: Vec, y: Vec, n?: number): number;
  /** The penalty λ₁ Σ|w| + (λ₂/2) Σ w² alone (0 without regularisation). */
  penalty(theta: Vec): number;
  /** The network's outputs: σ(z) (logistic), z (squared), or n × k class probabilities (softmax, row-major). */
  predict(theta: Vec, X: Vec): Vec;
  /** predict on the first n rows of X, written into `out` (n values, or n × k for softmax). */
  predictInto(theta: Vec, X: Vec, out: Vec, n?: number): Vec;
  /** The predicted class of each row: the most probable class (softmax; the first on ties), or
   *  whether the output is on the 1 side of ½ (σ(z) ≥ ½ for logistic, z ≥ ½ for squared). */
  classify(theta: Vec, X: Vec, out?: Int32Array, n?: number): Int32Array;
  /** Fraction of rows classified as their label. */
  accuracy(theta: Vec, X: Vec, y: Vec, n?: number): number;
  /** The mean loss **without** the penalty (what the Playground and PyTorch report as the loss)
   *  and the accuracy, from one forward pass; with `predicted`, the predicted classes too. */
  evaluate(
    theta: Vec,
    X: Vec,
    y: Vec,
    n?: number,
    predicted?: Int32Array,
  ): { loss: number; accuracy: number };
  /** Every unit's output on the first n rows, for a network diagram: index l is layer l
   *  (0 the inputs, L the outputs as `predict` gives them), feature-major: unit j's values on
   *  the n rows are [j·n, (j + 1)·n). New arrays, or those of `out` when it fits. */
  unitOutputs(theta: Vec, X: Vec, n?: number, out?: Float64Array[]): Float64Array[];
  /** The weights and biases layer by layer (copies). */
  layerParameters(theta: Vec): LayerParameters[];
}

/** σ(z) without overflow for large |z|. */
function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + exp(-z));
  const e = exp(z);
  return e / (1 + e);
}

/**
 * A multilayer perceptron, its parameters one flat Float64Array θ: for each layer l, the weights
 * W_l (out × in, row-major) then the biases b_l. Forward pass on a batch X (n × d):
 * $a_0 = x$, $z_l = W_l a_{l-1} + b_l$, $a_l = \phi(z_l)$ for hidden layers, output $z_L$.
 * Objective, the mean loss over the batch plus a penalty on the weights:
 * $J(\theta) = \frac1n\sum_i \ell(z_{L,i}, y_i) + \lambda_1\sum_w |w| + \frac{\lambda_2}{2}\sum_w w^2$, with
 * logistic $\ell = \log(1 + e^{z}) - y z$ (cross-entropy of p = σ(z)), squared $\ell = \tfrac12 (z - y)^2$,
 * softmax $\ell = \log\sum_j e^{z_j} - z_y$ (cross-entropy of p = softmax(z); log-sum-exp about max z).
 * Backpropagation: $\delta_L = (\sigma(z_L) - y)/n$, $(z_L - y)/n$ or $(p - e_y)/n$,
 * $\delta_{l-1} = (W_l^\top \delta_l) \odot \phi'(z_{l-1})$, $\nabla_{W_l} = \sum_i \delta_l a_{l-1}^\top$,
 * $\nabla_{b_l} = \sum_i \delta_l$; φ′: tanh 1 − a², σ a(1 − a), ReLU 1[z > 0] (0 at z = 0, as
 * PyTorch), linear 1; the penalty adds λ₁ sign(w) + λ₂ w (weightPenalty.ts, which says how this
 * maps to PyTorch's weight_decay and the TensorFlow Playground's update).
 * Three implementations, one arithmetic: a kernel compiled for the exact shape up to
 * KERNEL_MAX_PARAMS parameters (mlpKernel.ts: loops over the batch unrolled over the units);
 * for wider networks a blocked one (mlpBlockedKernel.ts: one blocked matrix product per layer and
 * pass); and plain loops (mlpLoops.ts, `kernel: 'loops'`), the reference the others are tested
 * against (blocked: bitwise equal; compiled: to rounding). None allocates per call. All evaluate
 * tanh, e^x and the logistic loss's log(1 + e^{−|z|}) in plain arithmetic (tanh.ts, exp.ts,
 * log1p.ts: within 1.5, 1 and 2 ulp of Math's functions), which V8 would otherwise run as calls into C.
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
  oneOf(fn, 'loss', loss, ['logistic', 'squared', 'softmax'] as const);
  const k = sizes[sizes.length - 1];
  if (loss === 'softmax' && k < 2)
    throw new RangeError(`${fn}: a softmax head needs at least 2 outputs (classes), got ${k}`);
  if (loss !== 'softmax' && k !== 1)
    throw new RangeError(`${fn}: the last size must be 1 (one output) for the ${loss} loss, got ${k}`);
  oneOf(fn, 'activation', activation, ['tanh', 'relu', 'sigmoid', 'linear'] as const);
  finite(fn, 'seed', seed);
  const l1 = nonNegative(fn, 'l1', options.l1 ?? 0);
  const l2 = nonNegative(fn, 'l2', options.l2 ?? 0);
  const initScheme: InitScheme = options.init ?? (activation === 'relu' ? 'he' : 'glorot');
  oneOf(fn, 'init', initScheme, ['glorot', 'he'] as const);
  const compile = boolean(fn, 'compile', options.compile ?? true);
  const requested = oneOf(fn, 'kernel', options.kernel ?? (compile ? 'auto' : 'loops'), [
    'auto',
    'compiled',
    'blocked',
    'loops',
  ] as const);
  if (!compile && requested !== 'loops')
    throw new RangeError(
      `${fn}: compile: false asks for the loops, but kernel is ${JSON.stringify(requested)}`,
    );

  const shape = { sizes: sizes.slice(), activation, loss };
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
  let kernel: MlpKernel;
  let impl: MlpKernels;
  let blockedImpl: ReturnType<typeof mlpBlockedKernel> | null = null;
  const compiledImpl = requested === 'auto' || requested === 'compiled' ? compileKernels(shape) : null;
  if (compiledImpl) {
    kernel = 'compiled';
    impl = compiledImpl;
  } else if (requested === 'loops') {
    kernel = 'loops';
    impl = mlpLoops(shape);
  } else {
    kernel = 'blocked';
    impl = blockedImpl = mlpBlockedKernel(shape);
  }
  const softmax = loss === 'softmax';
  const logistic = loss === 'logistic';
  const regularised = l1 > 0 || l2 > 0;

  // The output layer's pre-activations z_L of the last forward pass, n × k example-major.
  let z = new Float64Array(0);
  const forward = (theta: Vec, X: Vec, n: number): Float64Array => {
    if (z.length < n * k) z = new Float64Array(Math.max(n * k, 2 * z.length));
    impl.forward(theta, X, z, n);
    return z;
  };
  /** Σᵢ ℓᵢ of the last forward pass (no gradient). */
  const lossSum = (y: Vec, n: number): number =>
    softmax
      ? softmaxHead(z, y, n, k, k, 1, null, 0)
      : logistic
        ? logisticHead(z, y, n, null, 0)
        : squaredHead(z, y, n, null, 0);
  // logistic: p ≥ ½ ⇔ z ≥ 0; squared: the value itself against ½.
  const cut = logistic ? 0 : 0.5;
  let classes = new Int32Array(0);
  const classesOf = (n: number): Int32Array => {
    if (classes.length < n) classes = new Int32Array(Math.max(n, 2 * classes.length));
    argmaxRows(z, n, k, k, 1, cut, classes);
    return classes;
  };
  const rightShare = (y: Vec, n: number, predicted: Int32Array): number => {
    let right = 0;
    if (softmax) for (let i = 0; i < n; i++) right += predicted[i] === y[i] ? 1 : 0;
    else for (let i = 0; i < n; i++) right += predicted[i] === (y[i] >= 0.5 ? 1 : 0) ? 1 : 0;
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
    if (y && softmax)
      for (let i = 0; i < rows; i++) {
        const c = y[i];
        // a label is an index into the logits: anything else would read past them
        if (!(c >= 0 && c < k && Math.floor(c) === c))
          throw new RangeError(`${name}: labels must be class indices 0 … ${k - 1}, got y[${i}] = ${c}`);
      }
    return rows;
  };

  const penalty = (theta: Vec, grad: Vec | null) =>
    regularised ? weightPenalty(theta, layout, l1, l2, grad) : 0;

  const lossAndGradientInto = (theta: Vec, X: Vec, y: Vec, grad: Vec, nRows?: number): number => {
    const n = checkBatch('mlp.lossAndGradient', theta, X, y, nRows);
    if (!(grad instanceof Float64Array) || grad.length !== size)
      throw new RangeError(`mlp.lossAndGradient: grad must be a Float64Array of length ${size}`);
    const value = impl.grad(theta, X, y, grad, n);
    return regularised ? value + penalty(theta, grad) : value;
  };

  const predictInto = (theta: Vec, X: Vec, out: Vec, nRows?: number): Vec => {
    const n = checkBatch('mlp.predict', theta, X, null, nRows);
    if (!(out instanceof Float64Array) || out.length < n * k)
      throw new RangeError(`mlp.predict: out must hold ${n * k} values`);
    forward(theta, X, n);
    if (softmax) softmaxRows(z, n, k, k, 1, out);
    else if (logistic) for (let i = 0; i < n; i++) out[i] = sigmoid(z[i]);
    else for (let i = 0; i < n; i++) out[i] = z[i];
    return out;
  };

  return {
    sizes: shape.sizes,
    activation,
    loss,
    initScheme,
    kernel,
    compiled: kernel === 'compiled',
    outputs: k,
    classes: softmax ? k : 2,
    l1,
    l2,
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
      const value = lossSum(y, n) / n;
      return regularised ? value + penalty(theta, null) : value;
    },
    penalty(theta) {
      if (!(theta instanceof Float64Array) || theta.length !== size)
        throw new RangeError(`mlp.penalty: theta must be a Float64Array of length ${size}`);
      return penalty(theta, null);
    },
    predict(theta, X) {
      const n = checkBatch('mlp.predict', theta, X, null, undefined);
      return predictInto(theta, X, new Float64Array(n * k), n);
    },
    predictInto,
    classify(theta, X, out, nRows) {
      const n = checkBatch('mlp.classify', theta, X, null, nRows);
      if (out !== undefined && !(out instanceof Int32Array && out.length >= n))
        throw new RangeError(`mlp.classify: out must be an Int32Array of at least ${n} values`);
      forward(theta, X, n);
      const target = out ?? new Int32Array(n);
      target.set(classesOf(n).subarray(0, n));
      return target;
    },
    accuracy(theta, X, y, nRows) {
      const n = checkBatch('mlp.accuracy', theta, X, y, nRows);
      forward(theta, X, n);
      return rightShare(y, n, classesOf(n));
    },
    evaluate(theta, X, y, nRows, predicted) {
      const n = checkBatch('mlp.evaluate', theta, X, y, nRows);
      if (predicted !== undefined && !(predicted instanceof Int32Array && predicted.length >= n))
        throw new RangeError(`mlp.evaluate: predicted must be an Int32Array of at least ${n} values`);
      forward(theta, X, n);
      const cls = classesOf(n);
      if (predicted) predicted.set(cls.subarray(0, n));
      return { loss: lossSum(y, n) / n, accuracy: rightShare(y, n, cls) };
    },
    unitOutputs(theta, X, nRows, out) {
      const n = checkBatch('mlp.unitOutputs', theta, X, null, nRows);
      // the blocked kernel's forward pass (bitwise the loops' numbers, faster), then each layer
      // turned feature-major, so that unit j's values over the n rows are one contiguous run
      blockedImpl ??= mlpBlockedKernel(shape);
      const a = blockedImpl.units(theta, X, n);
      const result: Float64Array[] = [];
      for (let l = 0; l <= L; l++) {
        const w = sizes[l];
        const m = n * w;
        const given = out?.[l];
        const dst = given instanceof Float64Array && given.length === m ? given : new Float64Array(m);
        const src = a[l];
        if (l === L && softmax) {
          const rows = new Float64Array(m);
          softmaxRows(src, n, k, k, 1, rows);
          for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) dst[j * n + i] = rows[i * k + j];
        } else if (l === L && logistic) for (let i = 0; i < n; i++) dst[i] = sigmoid(src[i]);
        else for (let i = 0; i < n; i++) for (let j = 0, r = i * w; j < w; j++) dst[j * n + i] = src[r + j];
        result.push(dst);
      }
      return result;
    },
    layerParameters(theta) {
      if (!(theta instanceof Float64Array) || theta.length !== size)
        throw new RangeError(`mlp.layerParameters: theta must be a Float64Array of length ${size}`);
      return layout.map(({ weights, bias, inputs, outputs }) => ({
        inputs,
        outputs,
        weights: theta.slice(weights, weights + inputs * outputs),
        bias: theta.slice(bias, bias + outputs),
      }));
    },
  };
}
