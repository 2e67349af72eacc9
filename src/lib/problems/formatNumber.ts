/** Drops trailing zeros of a fixed or precision string: "0.1000" → "0.1", "2.50e-3" → "2.5e-3". */
const trim = (s: string) => s.replace(/(\.\d*?)0+(?=$|e)/, '$1').replace(/\.(?=$|e)/, '');

/**
 * A number as prompts and solutions show it: integers as they are, other values with up to
 * `digits` significant figures, very small or large values in scientific notation
 * (`1.5 \times 10^{-4}` in TeX, or `1.5e-4` as plain text).
 */
export function formatNumber(
  x: number,
  { tex = true, digits = 6 }: { tex?: boolean; digits?: number } = {},
): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const minus = x < 0 ? (tex ? '-' : '−') : '';
  const a = Math.abs(x);
  if (Number.isInteger(a) && a < 1e9) return minus + String(a);
  if (a >= 1e-3 && a < 1e6) return minus + trim(a.toPrecision(digits).replace(/e\+?0$/, ''));
  const [mant, exp] = a.toExponential(digits - 1).split('e');
  const m = trim(mant);
  const e = Number(exp);
  if (!tex) return `${minus}${m}e${e}`;
  return m === '1' ? `${minus}10^{${e}}` : `${minus}${m} \\times 10^{${e}}`;
}
