/** A number as Python source: up to 6 significant digits, no trailing zeros ("0.1", "1e-8", "200"). */
export function py(x: number): string {
  if (!Number.isFinite(x)) return 'float("nan")';
  return String(Number(x.toPrecision(6)));
}

/** A number Python must read as a float even when it is whole ("1.0", "0.5"). */
export function pyFloat(x: number): string {
  const s = py(x);
  return /[.en]/.test(s) ? s : `${s}.0`;
}

/** A Python literal for the values a spec holds: numbers, booleans, strings and lists of numbers. */
export type PyValue = number | boolean | string | readonly number[];

export function pyValue(v: PyValue): string {
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'string') return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof v === 'number') return py(v);
  return `[${v.map(py).join(', ')}]`;
}

/**
 * pyCall(fn, args) → `fn(a, k=v, …)`: positional arguments first (already Python source), then the
 * keyword arguments whose value is given (undefined ones are left to PyTorch's default).
 */
export function pyCall(
  fn: string,
  positional: readonly string[],
  keywords: [string, string | undefined][],
): string {
  const kw = keywords.filter((k): k is [string, string] => k[1] !== undefined).map(([k, v]) => `${k}=${v}`);
  return `${fn}(${[...positional, ...kw].join(', ')})`;
}
