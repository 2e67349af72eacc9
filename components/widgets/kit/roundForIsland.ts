/**
 * Significant digits a build-time result keeps when it is written into a page as an island's
 * props. Eight is finer than anything the course draws or prints from such a result: a plot is a
 * few hundred pixels tall (a 10⁻⁸ relative change moves a point by under a millionth of a pixel),
 * and readouts, legends and summaries print at most six significant digits (formatNumber). The
 * digits beyond are the floating-point rounding of the computation, and they were most of the
 * props' weight: on /reference/ 18 KB of its 77 KB of gzip HTML were island props, and keeping
 * eight digits took 8 KB off (issue 33; every KB of HTML is about 5 ms of first paint and LCP on
 * the mobile profile).
 */
export const ISLAND_DIGITS = 8;

const roundNumber = (x: number, digits: number): number =>
  Number.isFinite(x) && !Number.isInteger(x) ? Number(x.toPrecision(digits)) : x;

/**
 * roundForIsland(value) → a copy of `value` with every non-integer finite number rounded to
 * ISLAND_DIGITS significant digits: through arrays, plain objects, Maps, Sets and float typed
 * arrays. Integers (steps, counts, seeds), NaN, ±Infinity, strings and other objects are kept as
 * they are. Round where the value is made (the page's frontmatter), so that the server rendering
 * and the island's hydration both draw the same numbers.
 */
export function roundForIsland<T>(value: T, digits: number = ISLAND_DIGITS): T {
  return roundDeep(value, digits) as T;
}

function roundDeep(value: unknown, digits: number): unknown {
  if (typeof value === 'number') return roundNumber(value, digits);
  if (Array.isArray(value)) return value.map((v) => roundDeep(v, digits));
  if (value instanceof Float64Array || value instanceof Float32Array) {
    return value.map((v) => roundNumber(v, digits));
  }
  if (value instanceof Map) {
    return new Map([...value].map(([k, v]) => [k, roundDeep(v, digits)]));
  }
  if (value instanceof Set) return new Set([...value].map((v) => roundDeep(v, digits)));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundDeep(v, digits)]));
  }
  return value;
}
