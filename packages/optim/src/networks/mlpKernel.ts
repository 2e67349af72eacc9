import type { Vec } from '../types.ts';

export type GradKernel = (theta: Vec, X: Vec, y: Vec, grad: Vec, n: number) => number;
export type ForwardKernel = (theta: Vec, X: Vec, out: Vec, n: number) => void;

/** Networks up to this many parameters get a compiled kernel; larger ones use the loops. */
export const KERNEL_MAX_PARAMS = 1500;

const ACT: Record<string, { f: (z: string) => string; d: (a: string, s: string) => string }> = {
  tanh: { f: (z) => `Math.tanh(${z})`, d: (a, s) => `${s} * (1 - ${a} * ${a})` },
  relu: { f: (z) => `(${z} > 0 ? ${z} : 0)`, d: (a, s) => `(${a} > 0 ? ${s} : 0)` },
  sigmoid: { f: (z) => `1 / (1 + Math.exp(-${z}))`, d: (a, s) => `${s} * ${a} * (1 - ${a})` },
  linear: { f: (z) => z, d: (_a, s) => s },
};

interface Shape {
  sizes: readonly number[];
  activation: string;
  loss: 'logistic' | 'squared';
}

/** Offsets of W_l (row-major out × in) and b_l in θ, as in mlp's layout. */
function offsets(sizes: readonly number[]): { w: number[]; b: number[]; size: number } {
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

/** Straight-line forward pass of one example: defines a{l}_{j} (hidden) and z (output). */
function forwardLines(shape: Shape, w: number[], b: number[]): string[] {
  const { sizes } = shape;
  const L = sizes.length - 1;
  const lines: string[] = [];
  for (let k = 0; k < sizes[0]; k++) lines.push(`const a0_${k} = X[r + ${k}];`);
  for (let l = 1; l <= L; l++) {
    for (let j = 0; j < sizes[l]; j++) {
      const terms = [`p${b[l - 1] + j}`];
      for (let k = 0; k < sizes[l - 1]; k++) terms.push(`p${w[l - 1] + j * sizes[l - 1] + k} * a${l - 1}_${k}`);
      if (l === L) lines.push(`const z = ${terms.join(' + ')};`);
      else lines.push(`const a${l}_${j} = ${ACT[shape.activation].f(`(${terms.join(' + ')})`)};`);
    }
  }
  return lines;
}

/**
 * Compiles the network's forward + backward pass for its exact shape into straight-line code:
 * parameters and gradient accumulators live in local variables for the whole batch, every
 * example is one pass of unrolled arithmetic (no loops over units, no bounds checks, no
 * allocation). The arithmetic is that of the loop implementation in mlp.ts, with the batch sum
 * accumulated per parameter and scaled by 1/n at the end (so results agree to rounding).
 * Returns null where code generation is unavailable (a content-security policy without
 * 'unsafe-eval') or the network is too large; mlp then uses its loops.
 */
export function compileKernels(shape: Shape): { grad: GradKernel; forward: ForwardKernel } | null {
  const { sizes, activation, loss } = shape;
  if (!(activation in ACT)) return null;
  const { w, b, size } = offsets(sizes);
  if (size > KERNEL_MAX_PARAMS) return null;
  const L = sizes.length - 1;
  const d = sizes[0];
  const loadParams = Array.from({ length: size }, (_, q) => `const p${q} = theta[${q}];`).join('\n');
  const fwd = forwardLines(shape, w, b);

  const body: string[] = [...fwd];
  if (loss === 'logistic') {
    body.push('const e = Math.exp(-Math.abs(z));');
    body.push('const pr = z >= 0 ? 1 / (1 + e) : e / (1 + e);');
    body.push('const yi = y[i];');
    body.push('total += (z > 0 ? z : 0) - yi * z + Math.log1p(e);');
    body.push(`const d${L}_0 = pr - yi;`);
  } else {
    body.push('const res = z - y[i];');
    body.push('total += 0.5 * res * res;');
    body.push(`const d${L}_0 = res;`);
  }
  for (let l = L; l >= 1; l--) {
    const nin = sizes[l - 1];
    const nout = sizes[l];
    for (let j = 0; j < nout; j++) {
      body.push(`g${b[l - 1] + j} += d${l}_${j};`);
      for (let k = 0; k < nin; k++) body.push(`g${w[l - 1] + j * nin + k} += d${l}_${j} * a${l - 1}_${k};`);
    }
    if (l === 1) break;
    for (let k = 0; k < nin; k++) {
      const s = Array.from({ length: nout }, (_, j) => `p${w[l - 1] + j * nin + k} * d${l}_${j}`).join(' + ');
      body.push(`const d${l - 1}_${k} = ${ACT[activation].d(`a${l - 1}_${k}`, `(${s})`)};`);
    }
  }
  const gradSrc = `"use strict";
${loadParams}
${Array.from({ length: size }, (_, q) => `let g${q} = 0;`).join('\n')}
let total = 0;
for (let i = 0, r = 0; i < n; i++, r += ${d}) {
${body.join('\n')}
}
const inv = 1 / n;
${Array.from({ length: size }, (_, q) => `grad[${q}] = g${q} * inv;`).join('\n')}
return total * inv;`;

  const fwdSrc = `"use strict";
${loadParams}
for (let i = 0, r = 0; i < n; i++, r += ${d}) {
${fwd.join('\n')}
out[i] = z;
}`;
  try {
    const grad = new Function('theta', 'X', 'y', 'grad', 'n', gradSrc) as GradKernel;
    const forward = new Function('theta', 'X', 'out', 'n', fwdSrc) as ForwardKernel;
    return { grad, forward };
  } catch {
    return null;
  }
}
