import svgpath from 'svgpath';
import type { Point } from '../contourGeometry.ts';

// For tests: what a path of moves, lines and closes draws, read by svgpath rather than by a
// parser of our own, so a test of the kit's path writer does not share its mistakes.

/** The rings a path draws, as absolute points (read by svgpath, not by our own parser). */
export function pathRings(d: string): Point[][] {
  const rings: Point[][] = [];
  svgpath(d)
    .abs()
    .iterate((seg, _index, x, y) => {
      if (seg[0] === 'M') rings.push([[seg[1], seg[2]]]);
      else if (seg[0] === 'L') rings[rings.length - 1].push([seg[1], seg[2]]);
      else if (seg[0] === 'Z') rings[rings.length - 1].push([x, y]);
      else throw new Error(`unexpected ${seg[0]}`);
    });
  // Z closes back to the ring's start: drop the point iterate reports for it.
  return rings.map((r) => r.slice(0, -1));
}
