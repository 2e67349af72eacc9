import type { Vec } from '../types.ts';
import { tanhStatements } from './tanh.ts';
import { EXP_HI, EXP_LO, EXP_SCALE, expStatements } from './exp.ts';
import { INV_1P_TABLE, LOG1P_TABLE, log1pUnitStatements } from './log1p.ts';
import { mlpOffsets as offsets, type MlpShape } from './mlpLoops.ts';

export type GradKernel = (theta: Vec, X: Vec, y: Vec, grad: Vec, n: number) => number;
export type ForwardKernel = (theta: Vec, X: Vec, out: Vec, n: number) => void;

/** Networks up to this many parameters get a compiled kernel; larger ones use the loops. */
export const KERNEL_MAX_PARAMS = 1500;

/** Per activation: statements that replace the variable `v` by φ(v) (tag: a unique suffix for
 *  temporaries), or '' for none; and φ′ as an expression of the activation a times s. */
const ACT: Record<string, { f: (v: string, tag: string) => string; d: (a: string, s: string) => string }> = {
  // tanh.ts's arithmetic pasted in place: a call per unit would cost what it saves
  tanh: {
    f: (v, tag) => `let o${tag} = 0;\n${tanhStatements(`o${tag}`, v, tag)}\n${v} = o${tag};`,
    d: (a, s) => `${s} * (1 - ${a} * ${a})`,
  },
  relu: { f: (v) => `${v} = ${v} > 0 ? ${v} : 0;`, d: (a, s) => `(${a} > 0 ? ${s} : 0)` },
  sigmoid: {
    f: (v, tag) =>
      `const s${tag} = -${v};\n${expStatements(`e${tag}`, `s${tag}`, `${tag}x`)}\n${v} = 1 / (1 + e${tag});`,
    d: (a, s) => `${s} * ${a} * (1 - ${a})`,
  },
  linear: { f: () => '', d: (_a, s) => s },
};

type Shape = MlpShape;

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/**
 * The forward pass, layer by layer over the whole batch: layer l's pre-activations for every
 * example go into the scratch array A{l} (example-major: unit j of example i at i·width + j),
 * then one loop applies φ to all of them. Runs for layers 1 … last (φ on hidden layers only);
 * a one-unit output layer is left to the caller.
 */
function hiddenForward(shape: Shape, w: number[], b: number[], last: number): string[] {
  const { sizes, activation } = shape;
  const L = sizes.length - 1;
  const lines: string[] = [];
  for (let l = 1; l <= last; l++) {
    const nin = sizes[l - 1];
    const nout = sizes[l];
    const src = l === 1 ? 'X' : `A${l - 1}`;
    lines.push('{');
    for (let j = 0; j < nout; j++) {
      lines.push(`const b${j} = theta[${b[l - 1] + j}];`);
      for (let k = 0; k < nin; k++) lines.push(`const w${j}_${k} = theta[${w[l - 1] + j * nin + k}];`);
    }
    lines.push(`for (let i = 0, r = 0, o = 0; i < n; i++, r += ${nin}, o += ${nout}) {`);
    for (let k = 0; k < nin; k++) lines.push(`const a${k} = ${src}[r + ${k}];`);
    for (let j = 0; j < nout; j++)
      lines.push(
        `A${l}[o + ${j}] = ${['b' + j, ...range(nin).map((k) => `w${j}_${k} * a${k}`)].join(' + ')};`,
      );
    lines.push('}');
    const f = l < L ? ACT[activation].f('v', 'q') : '';
    if (f)
      lines.push(`for (let q = 0, m = n * ${nout}; q < m; q++) {\nlet v = A${l}[q];\n${f}\nA${l}[q] = v;\n}`);
    lines.push('}');
  }
  return lines;
}

/** The output unit: its parameters as locals, the loads of an example's last hidden row (at
 *  offset r), and z, the output's pre-activation. */
function outputLines(
  shape: Shape,
  w: number[],
  b: number[],
): { params: string[]; loads: string[]; z: string } {
  const { sizes } = shape;
  const L = sizes.length - 1;
  const nin = sizes[L - 1];
  const src = L === 1 ? 'X' : `A${L - 1}`;
  return {
    params: [
      `const bo = theta[${b[L - 1]}];`,
      ...range(nin).map((k) => `const wo${k} = theta[${w[L - 1] + k}];`),
    ],
    loads: range(nin).map((k) => `const a${k} = ${src}[r + ${k}];`),
    z: `const z = ${['bo', ...range(nin).map((k) => `wo${k} * a${k}`)].join(' + ')};`,
  };
}

/**
 * Compiles the network's forward + backward pass for its exact shape. The batch goes through
 * each layer as a whole, in plain loops over the examples whose bodies are unrolled over the
 * layer's units: a layer's weights sit in local variables for the whole batch, the activations
 * of all examples are one loop (so the independent tanh evaluations overlap in the processor,
 * where one example at a time would wait for each), and backpropagation walks the layers back
 * the same way, each layer's gradient sums in locals. No bounds checks on units, no
 * allocation: the scratch arrays grow once to the largest batch seen. The arithmetic is that of
 * the loop implementation (mlpLoops.ts) (same sums in the same order, the batch sum per parameter
 * scaled by 1/n at the end), so the results agree to rounding.
 * Losses: logistic and squared on one output (the code below), softmax cross-entropy on k
 * outputs (compileSoftmax).
 * Returns null where code generation is unavailable (a content-security policy without
 * 'unsafe-eval') or the network is too large; mlp then uses the blocked kernel
 * (mlpBlockedKernel.ts), whose loops over the units are not unrolled.
 */
export function compileKernels(shape: Shape): { grad: GradKernel; forward: ForwardKernel } | null {
  const { sizes, activation, loss } = shape;
  if (!(activation in ACT)) return null;
  const { w, b, size } = offsets(sizes);
  if (size > KERNEL_MAX_PARAMS) return null;
  const L = sizes.length - 1;
  if (loss === 'softmax') return compileSoftmax(shape, w, b);
  const hidden = range(L - 1).map((i) => i + 1);
  const fwd = hiddenForward(shape, w, b, L - 1);
  const out = outputLines(shape, w, b);
  const nLast = sizes[L - 1];

  // The loss and δ_L = ∂ℓ/∂z of each example, in a loop of its own over Z (which holds z and
  // then δ_L): Math.exp and Math.log1p are calls, and around a call every live value is saved,
  // so they go where few values are live.
  const head =
    loss === 'logistic'
      ? `const az = -Math.abs(z);
${expStatements('e', 'az', 'E')}
const pr = z >= 0 ? 1 / (1 + e) : e / (1 + e);
const yi = y[i];
${log1pUnitStatements('sp', 'e', 'L')}
total += (z > 0 ? z : 0) - yi * z + sp;
Z[i] = pr - yi;`
      : `const res = z - y[i];
total += 0.5 * res * res;
Z[i] = res;`;
  // Then the output layer's gradient sums and δ_{L−1} = w_L δ_L ⊙ φ′(a_{L−1}) into D{L−1}.
  const outGrad: string[] = [...out.loads, 'const d = Z[i];', 'gbo += d;'];
  for (let k = 0; k < nLast; k++) outGrad.push(`gwo${k} += d * a${k};`);
  if (L > 1)
    for (let k = 0; k < nLast; k++)
      outGrad.push(`D${L - 1}[r + ${k}] = ${ACT[activation].d(`a${k}`, `(wo${k} * d)`)};`);

  const back = backLines(shape, w, b, L - 1);

  const grow = `if (n > cap) {
cap = Math.max(n, 2 * cap);
Z = new Float64Array(cap);
${hidden.map((l) => `A${l} = new Float64Array(cap * ${sizes[l]});\nD${l} = new Float64Array(cap * ${sizes[l]});`).join('\n')}
}`;
  const gradSrc = `"use strict";
${grow}
${fwd.join('\n')}
{
${out.params.join('\n')}
for (let i = 0, r = 0; i < n; i++, r += ${nLast}) {
${out.loads.join('\n')}
${out.z}
Z[i] = z;
}
}
let total = 0;
for (let i = 0; i < n; i++) {
const z = Z[i];
${head}
}
const inv = 1 / n;
{
${out.params.join('\n')}
let gbo = 0;
${range(nLast)
  .map((k) => `let gwo${k} = 0;`)
  .join('\n')}
for (let i = 0, r = 0; i < n; i++, r += ${nLast}) {
${outGrad.join('\n')}
}
grad[${b[L - 1]}] = gbo * inv;
${range(nLast)
  .map((k) => `grad[${w[L - 1] + k}] = gwo${k} * inv;`)
  .join('\n')}
}
${back.join('\n')}
return total * inv;`;

  const fwdSrc = `"use strict";
${grow}
${fwd.join('\n')}
${out.params.join('\n')}
for (let i = 0, r = 0; i < n; i++, r += ${nLast}) {
${out.loads.join('\n')}
${out.z}
out[i] = z;
}`;
  return instantiate(['Z', ...hidden.map((l) => `A${l}, D${l}`)].join(', '), gradSrc, fwdSrc);
}

/** Backpropagation through layers `from` … 1: per layer, one loop over the examples that adds
 *  the gradient sums (in locals) and writes δ_{l−1} = (W_lᵀ δ_l) ⊙ φ′(a_{l−1}) into D{l−1};
 *  then the sums, times 1/n, into grad. */
function backLines(shape: Shape, w: number[], b: number[], from: number): string[] {
  const { sizes, activation } = shape;
  const back: string[] = [];
  for (let l = from; l >= 1; l--) {
    const nin = sizes[l - 1];
    const nout = sizes[l];
    const src = l === 1 ? 'X' : `A${l - 1}`;
    back.push('{');
    for (let j = 0; j < nout; j++) {
      back.push(`let gb${j} = 0;`);
      for (let k = 0; k < nin; k++) back.push(`let gw${j}_${k} = 0;`);
      if (l > 1)
        for (let k = 0; k < nin; k++) back.push(`const w${j}_${k} = theta[${w[l - 1] + j * nin + k}];`);
    }
    back.push(`for (let i = 0, r = 0, o = 0; i < n; i++, r += ${nin}, o += ${nout}) {`);
    for (let j = 0; j < nout; j++) back.push(`const d${j} = D${l}[o + ${j}];`);
    for (let k = 0; k < nin; k++) back.push(`const a${k} = ${src}[r + ${k}];`);
    for (let j = 0; j < nout; j++) {
      back.push(`gb${j} += d${j};`);
      for (let k = 0; k < nin; k++) back.push(`gw${j}_${k} += d${j} * a${k};`);
    }
    if (l > 1) {
      for (let k = 0; k < nin; k++) {
        const s = range(nout)
          .map((j) => `w${j}_${k} * d${j}`)
          .join(' + ');
        back.push(`D${l - 1}[r + ${k}] = ${ACT[activation].d(`a${k}`, `(${s})`)};`);
      }
    }
    back.push('}');
    for (let j = 0; j < nout; j++) {
      back.push(`grad[${b[l - 1] + j}] = gb${j} * inv;`);
      for (let k = 0; k < nin; k++) back.push(`grad[${w[l - 1] + j * nin + k}] = gw${j}_${k} * inv;`);
    }
    back.push('}');
  }
  return back;
}

/** Evaluates the generated source: a closure holding the scratch arrays and the two kernels. */
function instantiate(
  scratch: string,
  gradSrc: string,
  fwdSrc: string,
): { grad: GradKernel; forward: ForwardKernel } | null {
  const make = `let cap = 0;
let ${scratch};
return {
grad(theta, X, y, grad, n) {
${gradSrc}
},
forward(theta, X, out, n) {
${fwdSrc}
},
};`;
  try {
    return new Function('EXP_SCALE', 'EXP_HI', 'EXP_LO', 'LOG1P_TABLE', 'INV_1P_TABLE', make)(
      EXP_SCALE,
      EXP_HI,
      EXP_LO,
      LOG1P_TABLE,
      INV_1P_TABLE,
    ) as { grad: GradKernel; forward: ForwardKernel };
  } catch {
    return null;
  }
}

/**
 * The kernels for a softmax cross-entropy head of k outputs: the output layer goes through
 * hiddenForward without φ (logits into A{L}), then one loop over the examples takes each row's
 * log-sum-exp about its maximum m, $\ell_i = \log\sum_j e^{z_j - m} - (z_{y_i} - m)$, and writes
 * $\delta_{L} = p - e_{y_i}$ into D{L} (times 1/n at the end, with every gradient sum), and
 * backpropagation starts at layer L. Unrolled over the k outputs, so the k exponentials of a row
 * (exp.ts's arithmetic, pasted) are independent and overlap.
 */
function compileSoftmax(
  shape: Shape,
  w: number[],
  b: number[],
): { grad: GradKernel; forward: ForwardKernel } | null {
  const { sizes } = shape;
  const L = sizes.length - 1;
  const k = sizes[L];
  const layers = range(L).map((i) => i + 1);
  const fwd = hiddenForward(shape, w, b, L);
  const zs = range(k);
  const head = [
    `for (let i = 0, o = 0; i < n; i++, o += ${k}) {`,
    ...zs.map((j) => `const z${j} = A${L}[o + ${j}];`),
    'let m = z0;',
    ...zs.slice(1).map((j) => `if (z${j} > m) m = z${j};`),
    ...zs.map((j) => `const x${j} = z${j} - m;\n${expStatements(`e${j}`, `x${j}`, `E${j}`)}`),
    `const s = ${zs.map((j) => `e${j}`).join(' + ')};`,
    'const yi = y[i];',
    `total += Math.log(s) - (A${L}[o + yi] - m);`,
    'const is = 1 / s;',
    ...zs.map((j) => `D${L}[o + ${j}] = e${j} * is - (yi === ${j} ? 1 : 0);`),
    '}',
  ];
  const grow = `if (n > cap) {
cap = Math.max(n, 2 * cap);
${layers.map((l) => `A${l} = new Float64Array(cap * ${sizes[l]});\nD${l} = new Float64Array(cap * ${sizes[l]});`).join('\n')}
}`;
  const gradSrc = `"use strict";
${grow}
${fwd.join('\n')}
let total = 0;
${head.join('\n')}
const inv = 1 / n;
${backLines(shape, w, b, L).join('\n')}
return total * inv;`;
  const fwdSrc = `"use strict";
${grow}
${fwd.join('\n')}
for (let q = 0, m = n * ${k}; q < m; q++) out[q] = A${L}[q];`;
  return instantiate(layers.map((l) => `A${l}, D${l}`).join(', '), gradSrc, fwdSrc);
}
