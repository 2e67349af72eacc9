/**
 * sourceExcerpt(source, from, to) → the lines of `source` from the first line containing `from`
 * through the first later line containing `to`, with their common indentation removed. Throws
 * when a marker is missing, so a renamed function fails the build instead of showing stale code.
 */
export function sourceExcerpt(source: string, from: string, to: string): string {
  const lines = source.split('\n');
  const start = lines.findIndex((l) => l.includes(from));
  if (start < 0) throw new Error(`sourceExcerpt: start marker not found: ${from}`);
  const rel = lines.slice(start + 1).findIndex((l) => l.includes(to));
  if (rel < 0) throw new Error(`sourceExcerpt: end marker not found after the start: ${to}`);
  const chunk = lines.slice(start, start + rel + 2);
  const indent = Math.min(...chunk.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  return chunk.map((l) => l.slice(indent)).join('\n');
}
