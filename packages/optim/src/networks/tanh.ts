/**
 * tanh in plain arithmetic, for the networks' hidden units.
 *
 * Why not Math.tanh: V8 runs it as a call into C (fdlibm), about 10–16 ns on this course's
 * machines, which is most of a small network's forward pass and cannot overlap with the
 * arithmetic around it. This version is inlined by the JIT (and pasted into the compiled
 * kernels, see `tanhStatements`), takes 2–4 ns, and is at least as accurate: within 1.5 ulp
 * of the exact value (measured against 40-digit arithmetic), where V8's Math.tanh is within 2.
 * The tests hold it to 3 ulp of Math.tanh over all ranges and check the special values.
 *
 * - |x| < 0.55: tanh x = x − x·u·S(u)/Q(u), u = x²: Lambert's continued fraction
 *   x/(1 + u/(3 + u/(5 + …))) cut after the partial denominator 15, as one fraction with integer
 *   coefficients, written as x minus a correction so that the rounding falls on the small term
 *   (truncation error < 1e-18).
 * - otherwise: tanh x = (E − 1)/(E + 1) with E = e^{2x} computed as exp.ts does (Tang's table
 *   method, within 1 ulp), 2x clamped to ±40 (beyond it tanh = ±1 in double precision). For
 *   |x| ≥ 0.55, E − 1 and E + 1 lose no digits, so the quotient keeps E's accuracy.
 * NaN stays NaN (training detects divergence by it), ±∞ gives ±1, −0 gives −0. It is odd to
 * within its rounding, not bit for bit: the exp branch rounds e^{2x} and e^{−2x} separately.
 */

import { EXP_HI, EXP_INV, EXP_L1, EXP_L2, EXP_LO, EXP_SCALE } from './exp.ts';

export function tanh(x: number): number {
  const u = x * x;
  if (u < 0.3025) {
    if (u === 0) return x; // keeps the sign of −0
    return (
      x -
      (x * u * (675675 + u * (45045 + u * (594 + u)))) /
        (2027025 + u * (945945 + u * (51975 + u * (630 + u))))
    );
  }
  // e^y for y = 2x clamped to ±40, as exp.ts computes it, inlined (a call here would cost what
  // the function saves); within ±40 one table factor 2^m suffices. The clamp is two compares,
  // not Math.min/max (cheaper in V8; NaN passes through both).
  let y = x + x;
  if (y > 40) y = 40;
  else if (y < -40) y = -40;
  const n = ((y * EXP_INV + 3700.5) | 0) - 3700; // NaN → −3700, still inside the tables
  const j = n & 63;
  const m = n >> 6;
  const r = y - n * EXP_L1 - n * EXP_L2;
  const r2 = r * r;
  const p = r + r2 * (0.5 + r * (1 / 6)) + r2 * r2 * (1 / 24 + r * (1 / 120) + r2 * (1 / 720));
  const t = EXP_HI[j];
  const e = (t + (EXP_LO[j] + t * p)) * EXP_SCALE[m + 539];
  return (e - 1) / (e + 1);
}

/**
 * The same computation as `tanh`, as JavaScript statements for generated code: assigns
 * tanh(`x`) to the already declared variable `out`. `x` must be a variable name (it is read
 * several times); `tag` makes the temporaries' names unique; the code reads exp.ts's tables
 * (EXP_SCALE, EXP_HI, EXP_LO) from scope. The tests check that it returns exactly what `tanh`
 * returns.
 */
export function tanhStatements(out: string, x: string, tag: string): string {
  const [u, y, n, j, m, r, q, p, t, e] = ['u', 'y', 'n', 'j', 'm', 'r', 'q', 'p', 't', 'e'].map(
    (v) => v + tag,
  );
  return `const ${u} = ${x} * ${x};
if (${u} < 0.3025) {
${out} = ${u} === 0 ? ${x} : ${x} - (${x} * ${u} * (675675 + ${u} * (45045 + ${u} * (594 + ${u})))) / (2027025 + ${u} * (945945 + ${u} * (51975 + ${u} * (630 + ${u}))));
} else {
let ${y} = ${x} + ${x};
if (${y} > 40) ${y} = 40;
else if (${y} < -40) ${y} = -40;
const ${n} = ((${y} * ${EXP_INV} + 3700.5) | 0) - 3700;
const ${j} = ${n} & 63;
const ${m} = ${n} >> 6;
const ${r} = ${y} - ${n} * ${EXP_L1} - ${n} * ${EXP_L2};
const ${q} = ${r} * ${r};
const ${p} = ${r} + ${q} * (0.5 + ${r} * ${1 / 6}) + ${q} * ${q} * (${1 / 24} + ${r} * ${1 / 120} + ${q} * ${1 / 720});
const ${t} = EXP_HI[${j}];
const ${e} = (${t} + (EXP_LO[${j}] + ${t} * ${p})) * EXP_SCALE[${m} + 539];
${out} = (${e} - 1) / (${e} + 1);
}`;
}
