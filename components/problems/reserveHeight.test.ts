import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allProblems } from '../../src/lib/problems/catalog.ts';
import { SLOT_BANDS, reserveHeight } from './reserveHeight.ts';

describe('reserveHeight', () => {
  it('reserves more in each narrower band, for every problem (text wraps onto more lines)', () => {
    for (const p of allProblems()) {
      const [wide, narrow, small] = SLOT_BANDS.map((b) => reserveHeight(p, b));
      expect(narrow, p.id).toBeGreaterThan(wide);
      expect(small, p.id).toBeGreaterThanOrEqual(narrow);
    }
  });

  it('grows with the prompt: a problem with a longer statement reserves more', () => {
    const base = allProblems()[0];
    const longer = {
      ...base,
      instantiate: (seed: number) => {
        const s = base.instantiate(seed);
        return { ...s, prompt: `${s.prompt}\n\n${'word '.repeat(200)}` };
      },
    };
    for (const b of SLOT_BANDS)
      expect(reserveHeight(longer, b)).toBeGreaterThan(reserveHeight(base, b) + 200 / b.charsPerLine);
  });

  it('uses the same band edges as problems.css', () => {
    const css = readFileSync(new URL('./problems.css', import.meta.url), 'utf8');
    for (const b of SLOT_BANDS.filter((x) => Number.isFinite(x.maxWidthRem))) {
      expect(css).toMatch(
        new RegExp(
          `@media \\(max-width: ${b.maxWidthRem}rem\\) \\{\\s*\\.problem-slot \\{\\s*min-height: var\\(--reserve-${b.name}`,
        ),
      );
    }
  });
});
