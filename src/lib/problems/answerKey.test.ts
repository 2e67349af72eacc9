import { describe, expect, it } from 'vitest';
import { allowedError } from '../answers/isClose.ts';
import { answerKey } from './answerKey.ts';
import { allProblems } from './catalog.ts';
import { renderInlineMarkdown } from './renderMarkdown.ts';

describe('answerKey(instance)', () => {
  const problems = allProblems();
  it('renders for every problem and seed, and states the key the checker holds', () => {
    for (const p of problems)
      for (const seed of [1, 2, 42, 1000, 4294967295]) {
        const inst = p.instantiate(seed);
        const key = answerKey(inst);
        expect(() => renderInlineMarkdown(key), `${p.id} @ ${seed}`).not.toThrow();
        const a = inst.answer;
        if (a.kind === 'number') {
          // The printed number (TeX "m \times 10^{e}" or plain) is within what the checker accepts.
          const tex = /^\$([^$]+)\$/.exec(key)![1];
          const m = /^(-?[\d.]+)(?: \\times 10\^\{(-?\d+)\})?$|^(-?)10\^\{(-?\d+)\}$/.exec(tex)!;
          const printed =
            m[1] !== undefined
              ? Number(m[1]) * 10 ** Number(m[2] ?? 0)
              : Number(`${m[3]}1`) * 10 ** Number(m[4]);
          expect(Math.abs(printed - a.value), `${p.id} @ ${seed}: ${tex}`).toBeLessThanOrEqual(
            allowedError(a.value, a),
          );
        }
        if (a.kind === 'choice')
          for (const o of a.options.filter((x) => x.correct)) expect(key).toContain(o.label);
      }
  });
});
