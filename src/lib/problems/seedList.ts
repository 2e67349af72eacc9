/** Most sheets one printable page makes (a class of 100 at most; the browser renders them all). */
export const MAX_SHEETS = 100;

/**
 * parseSeedList("1-30, 42") → the seeds, in order, once each: whole numbers in [0, 2³²), single
 * or as ranges. Anything else is refused with a message naming the part that is wrong.
 */
export function parseSeedList(text: string): { ok: true; seeds: number[] } | { ok: false; message: string } {
  const parts = text
    .slice(0, 2000)
    .split(/[\s,;]+/)
    .filter(Boolean);
  if (parts.length === 0) return { ok: false, message: 'Give at least one seed, e.g. 42 or 1-30.' };
  const seeds: number[] = [];
  const seen = new Set<number>();
  const add = (n: number) => {
    if (!seen.has(n)) {
      seen.add(n);
      seeds.push(n);
    }
  };
  for (const part of parts) {
    const m = /^(\d{1,10})(?:[-–](\d{1,10}))?$/.exec(part);
    const lo = m ? Number(m[1]) : NaN;
    const hi = m?.[2] !== undefined ? Number(m[2]) : lo;
    if (!m || hi >= 2 ** 32 || lo > hi)
      return {
        ok: false,
        message: `“${part.slice(0, 20)}” is not a seed or a range of seeds (e.g. 42 or 1-30).`,
      };
    if (hi - lo + 1 > MAX_SHEETS) return { ok: false, message: `At most ${MAX_SHEETS} seeds at a time.` };
    for (let n = lo; n <= hi; n++) add(n);
    if (seeds.length > MAX_SHEETS) return { ok: false, message: `At most ${MAX_SHEETS} seeds at a time.` };
  }
  return { ok: true, seeds };
}
