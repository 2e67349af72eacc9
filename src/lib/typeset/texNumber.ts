/**
 * How a computed number is written, in a formula (TeX) or in running text.
 *
 * - `digits`: significant figures (default: the number's shortest form, at most 6 figures);
 * - `decimals`: a fixed number of decimal places, zeros kept ("0.8000" when the prose promises
 *   four decimals);
 * - `keepZeros`: with `digits`, keep trailing zeros ("0.800" to 3 significant figures).
 */
export interface NumberFormat {
  digits?: number;
  decimals?: number;
  keepZeros?: boolean;
}

/** A number with the precision it is to be written at: `${sig(x, 4)}` in a {@link tex} template. */
export interface Precise {
  readonly value: number;
  readonly format: NumberFormat;
}

export const isPrecise = (v: unknown): v is Precise =>
  typeof v === 'object' && v !== null && typeof (v as Precise).value === 'number' && 'format' in v;

/** `x` to `digits` significant figures, zeros kept: `${figures(0.8, 3)}` is written 0.800. */
export const figures = (value: number, digits: number): Precise => ({
  value,
  format: { digits, keepZeros: true },
});

/** `x` with a fixed number of decimal places: `${places(0.8, 4)}` is written 0.8000. */
export const places = (value: number, decimals: number): Precise => ({ value, format: { decimals } });

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  0: '⁰',
  1: '¹',
  2: '²',
  3: '³',
  4: '⁴',
  5: '⁵',
  6: '⁶',
  7: '⁷',
  8: '⁸',
  9: '⁹',
};

/** Drops trailing zeros of a decimal string: "0.1000" → "0.1", "2.50" → "2.5", "3.0" → "3". */
const trimZeros = (s: string) => (s.includes('.') ? s.replace(/\.?0+$/, '') : s);

/**
 * Digit groups of three on both sides of the decimal point, as ISO 80000 and SI write numbers:
 * an integer part of five digits or more (1234 stays whole, 12 345 does not), and decimals only
 * when they run to six places or more (0.02663 stays whole, 0.002 631 6 does not): short
 * decimals read more easily whole.
 */
function group(digits: string, sep: string): string {
  const [int, frac] = digits.split('.');
  const intOut = int.length >= 5 ? int.replace(/\B(?=(\d{3})+$)/g, sep) : int;
  if (frac === undefined) return intOut;
  const fracOut = frac.length >= 6 ? frac.replace(/(\d{3})(?=\d)/g, `$1${sep}`) : frac;
  return `${intOut}.${fracOut}`;
}

interface Parts {
  negative: boolean;
  /** Positional digits ("0.0625", "12345") or the mantissa of scientific notation. */
  digits: string;
  /** Power of ten, for scientific notation. */
  exponent?: number;
}

/** Splits |x| into the digits to write and, outside 10⁻³…10⁶ (10⁹ for integers), a power of ten. */
function parts(x: number, f: NumberFormat): Parts {
  if (!Number.isFinite(x)) throw new Error(`Cannot typeset ${x}: a computed value is not finite`);
  const negative = x < 0 && !Object.is(x, -0);
  const a = Math.abs(x);
  if (f.decimals !== undefined) {
    const s = a.toFixed(f.decimals);
    return { negative: negative && Number(s) !== 0, digits: s };
  }
  if (a === 0) return { negative: false, digits: '0' };
  const sig = f.digits ?? 6;
  const keep = f.keepZeros === true && f.digits !== undefined;
  const positional = (Number.isInteger(a) && a < 1e9 && f.digits === undefined) || (a >= 1e-3 && a < 1e6);
  if (positional) {
    // toPrecision may itself switch to exponent form (e.g. 123456.7 at 3 figures): expand it.
    let s = a.toPrecision(sig);
    if (/e/.test(s)) s = Number(s).toFixed(Math.max(0, sig - 1 - Math.floor(Math.log10(Number(s)))));
    if (Number.isInteger(a) && f.digits === undefined) s = String(a);
    return { negative, digits: keep ? s : trimZeros(s) };
  }
  const [m, e] = a.toExponential(sig - 1).split('e');
  return { negative, digits: keep ? m : trimZeros(m), exponent: Number(e) };
}

/**
 * x as TeX for a formula: "0.0625", "-3.2", "12\,345", "1.5 \times 10^{-8}", "10^{-8}". The sign is
 * the formula's minus (KaTeX draws `-` as U+2212 in math). A non-finite value throws, so a NaN
 * fails the build instead of reaching the page.
 */
export function texNumber(x: number, f: NumberFormat = {}): string {
  const p = parts(x, f);
  const sign = p.negative ? '-' : '';
  if (p.exponent === undefined) return sign + group(p.digits, '\\,');
  return p.digits === '1'
    ? `${sign}10^{${p.exponent}}`
    : `${sign}${group(p.digits, '\\,')} \\times 10^{${p.exponent}}`;
}

/**
 * x for running text: the same digits as {@link texNumber} with the minus sign U+2212, narrow
 * no-break spaces between digit groups, and "× 10⁻⁸" for powers of ten.
 */
export function proseNumber(x: number, f: NumberFormat = {}): string {
  const p = parts(x, f);
  const sign = p.negative ? '−' : '';
  const body = group(p.digits, '\u202f');
  if (p.exponent === undefined) return sign + body;
  const power = `10${[...String(p.exponent)].map((c) => SUPERSCRIPT[c] ?? c).join('')}`;
  return p.digits === '1' ? sign + power : `${sign}${body} × ${power}`;
}

/** `x` rounded to `digits` significant figures, as a number (for code listings and arithmetic). */
export function sig(x: number, digits = 3): number {
  return Number(x.toPrecision(digits));
}
