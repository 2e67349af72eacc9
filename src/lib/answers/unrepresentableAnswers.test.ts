import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../problems/checkAnswer.ts';
import { catalogEntries } from '../problems/catalog.ts';

// Issue 9, through the path the player uses (checkAnswer on a real variant): inputs whose value a
// double cannot represent are `invalid` (not an attempt), never graded.
const problems = catalogEntries().map((e) => e.problem);
const byKind = (kind: string) => problems.filter((p) => p.kind === kind);

describe('checkAnswer(instance, raw) on unrepresentable input', () => {
  it('"Variance of a mini-batch mean, as a formula" refuses answers that are infinite or NaN everywhere', () => {
    const inst = problems.find((p) => p.id === 'sgd-mean-variance-expression')!.instantiate(1);
    for (const [raw, message] of [
      ['sigma^2/0', /undefined for every value of sigma/],
      ['sigma^2/(b-b)', /undefined for every value of sigma and b/],
      ['0/0', /^This expression is undefined/],
      ['sqrt(-sigma)/b', /undefined for every value of sigma and b/],
      ['sigma^2/b*1e-400', /too small to represent/],
      ['1e999*sigma', /too large to represent/],
    ] as [string, RegExp][]) {
      const v = checkAnswer(inst, raw);
      expect(v.kind, raw).toBe('invalid');
      if (v.kind === 'invalid') expect(v.message, raw).toMatch(message);
    }
  });

  it.each(byKind('number').map((p) => [p.id, p] as const))(
    'number problem %s refuses literals that under- or overflow',
    (_, p) => {
      const inst = p.instantiate(7);
      for (const raw of ['1e-400e', '3e-999x', '2*1e-400', '1e309-1e309', '1e-400', '0.5^2000'])
        expect(checkAnswer(inst, raw).kind, raw).toBe('invalid');
    },
  );

  it.each(byKind('vector').map((p) => [p.id, p] as const))(
    'vector problem %s refuses an entry that under- or overflows',
    (_, p) => {
      const inst = p.instantiate(7);
      if (inst.answer.kind !== 'vector') throw new Error('vector expected');
      const ok = Array.from({ length: inst.answer.length }, () => '1');
      for (const bad of ['1e-400e', '1e999', '2*1e-400']) {
        expect(checkAnswer(inst, `[${[bad, ...ok.slice(1)].join(', ')}]`).kind, bad).toBe('invalid');
      }
    },
  );
});
