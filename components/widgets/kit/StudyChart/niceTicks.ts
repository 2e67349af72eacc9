/**
 * niceTicks(lo, hi, count) → round values (1, 2 or 5 × 10ᵏ apart) inside [lo, hi], about
 * `count` of them: d3's linear ticks, written out here so the Recharts charts do not share
 * d3-scale with the kit's plots (a shared module would be split into a chunk of its own that
 * every widget page loads; scripts/build/rechartsOwnD3.ts).
 */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || !(count > 0)) return [];
  if (lo > hi) [lo, hi] = [hi, lo];
  if (lo === hi) return [lo];
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const e = raw / power;
  const step = (e >= Math.sqrt(50) ? 10 : e >= Math.sqrt(10) ? 5 : e >= Math.sqrt(2) ? 2 : 1) * power;
  const first = Math.ceil(lo / step - 1e-9);
  const last = Math.floor(hi / step + 1e-9);
  // Multiples of the step, rounded to 12 significant digits (0.30000000000000004 → 0.3).
  return Array.from({ length: last - first + 1 }, (_, i) => Number(((first + i) * step).toPrecision(12)));
}
