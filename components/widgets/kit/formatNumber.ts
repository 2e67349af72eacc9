/** A negative number's sign as the page shows it: the minus sign U+2212, not the hyphen. */
const minus = (s: string) => s.replace(/^-/, '−');

/**
 * formatNumber(x, digits) → a short, readable label: 0.1, 0.0032, −0.5, 3.2e-7, 1.5e+6, 42.
 * Non-finite values print as "—" so NaN never reaches the page. For display only (the minus is
 * U+2212): never parse it back.
 */
export function formatNumber(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return '—';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e-3 && a < 1e5) {
    const s = Number(x.toPrecision(digits));
    return minus(String(s));
  }
  const [m, e] = x.toExponential(digits - 1).split('e');
  return minus(`${String(Number(m))}e${Number(e) >= 0 ? '+' : ''}${Number(e)}`);
}

/** formatSci(x) → "3.2 × 10⁻⁷" style with Unicode superscripts, for prose and summaries. */
export function formatSci(x: number, digits = 2): string {
  if (!Number.isFinite(x)) return '—';
  const a = Math.abs(x);
  if (x === 0 || (a >= 1e-3 && a < 1e5)) return formatNumber(x, digits);
  const [m, e] = x.toExponential(digits - 1).split('e');
  const sup: Record<string, string> = {
    '-': '⁻',
    '+': '',
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
  return minus(`${Number(m)} × 10${[...String(Number(e))].map((c) => sup[c] ?? c).join('')}`);
}
