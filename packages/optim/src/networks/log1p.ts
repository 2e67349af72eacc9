/**
 * log(1 + u) for u ∈ [0, 1] in plain arithmetic: the softplus term log(1 + e^{−|z|}) of the
 * logistic loss, evaluated once per example in the compiled kernels (`log1pUnitStatements`),
 * where Math.log1p would be a call into C of about 8 ns.
 *
 * With c = j/64 the nearest multiple of 1/64 to u: log(1 + u) = log(1 + c) + log(1 + v),
 * v = (u − c)/(1 + c), |v| ≤ 1/128. u − c is exact (Sterbenz; for j = 0 it is u itself, so
 * small u keep their relative accuracy), log(1 + c) comes from a table built once with
 * Math.log1p, 1/(1 + c) from a table, and log(1 + v) from its series to v⁸ (truncation below
 * 2e-18 relative). Within 2 ulp of Math.log1p on [0, 1] (tested). Only the reported loss
 * uses it; no gradient does. Outside [0, 1] the result is not meaningful; NaN gives NaN.
 */

/** log(1 + j/64) and 1/(1 + j/64), j = 0 … 64. */
export const LOG1P_TABLE: Float64Array = Float64Array.from({ length: 65 }, (_, j) => Math.log1p(j / 64));
export const INV_1P_TABLE: Float64Array = Float64Array.from({ length: 65 }, (_, j) => 1 / (1 + j / 64));

export function log1pUnit(u: number): number {
  const j = (u * 64 + 0.5) | 0;
  const v = (u - j * 0.015625) * INV_1P_TABLE[j];
  const w = v * v;
  // v − v²/2 + v³/3 − … − v⁸/8, grouped (Estrin) so that the terms do not wait on each other
  const p = v - w * (0.5 - v * (1 / 3)) + w * w * (-0.25 + v * 0.2 + w * (-1 / 6 + v * (1 / 7) - w * 0.125));
  return LOG1P_TABLE[j] + p;
}

/**
 * The same computation as `log1pUnit`, as statements for generated code: declares `out` =
 * log(1 + `u`). `u` must be a variable name; the code reads LOG1P_TABLE and INV_1P_TABLE from
 * scope. The tests check that it returns exactly what `log1pUnit` returns.
 */
export function log1pUnitStatements(out: string, u: string, tag: string): string {
  const [j, v, w, p] = ['j', 'v', 'w', 'p'].map((s) => `${s}${tag}`);
  return `const ${j} = (${u} * 64 + 0.5) | 0;
const ${v} = (${u} - ${j} * 0.015625) * INV_1P_TABLE[${j}];
const ${w} = ${v} * ${v};
const ${p} = ${v} - ${w} * (0.5 - ${v} * ${1 / 3}) + ${w} * ${w} * (-0.25 + ${v} * 0.2 + ${w} * (${-1 / 6} + ${v} * ${1 / 7} - ${w} * 0.125));
const ${out} = LOG1P_TABLE[${j}] + ${p};`;
}
