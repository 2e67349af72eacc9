/** FNV-1a over a string, 32-bit: a stable, well-spread seed from text. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The seed of a student's variant: hash(per-browser id + problem id + variant number), so the same
 * browser sees the same numbers after a reload and "new variant" moves to the next one.
 */
export function problemSeed(browserId: string, problemId: string, variant: number): number {
  return hashString(`${browserId}\u0000${problemId}\u0000${variant}`);
}

/**
 * Reads an instructor's fixed seed from a URL query (`?seed=42`): a whole number in [0, 2³²).
 * Anything else is ignored (undefined), never trusted further.
 */
export function seedFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('seed');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n < 2 ** 32 ? n : undefined;
}
