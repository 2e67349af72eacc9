/**
 * texNumber(x, digits) → x as TeX with `digits` significant figures: "0.1234", "-3.2",
 * "1.5 \times 10^{-8}"; `bracket` wraps negatives in parentheses for use after an operator.
 * Never prints NaN: non-finite values become "\text{—}".
 */
export function texNumber(
  x: number,
  { digits = 4, bracket = false }: { digits?: number; bracket?: boolean } = {},
): string {
  if (!Number.isFinite(x)) return '\\text{—}';
  if (x === 0) return '0';
  const a = Math.abs(x);
  let body: string;
  if (a >= 1e-3 && a < 1e5) {
    body = String(Number(a.toPrecision(digits)));
  } else {
    const [m, e] = a.toExponential(digits - 1).split('e');
    body = `${String(Number(m))} \\times 10^{${Number(e)}}`;
  }
  if (x > 0) return body;
  return bracket ? `(-${body})` : `-${body}`;
}
