import { describe, expect, it } from 'vitest';
import { unreadableInputs, type AnswerShape } from '../../../tests/fixtures/unreadableInputs.ts';
import { catalogEntries } from '../problems/catalog.ts';
import { checkAnswer } from '../problems/checkAnswer.ts';
import type { InstanceAnswer } from '../problems/problemTypes.ts';

/** The shape the player marks on its form (data-answer-kind, data-vector-length, data-variables). */
function shapeOf(a: InstanceAnswer): AnswerShape | undefined {
  if (a.kind === 'number') return { kind: 'number' };
  if (a.kind === 'vector') return { kind: 'vector', length: a.length };
  if (a.kind === 'expression') return { kind: 'expression', variables: a.variables.map((v) => v.name) };
  return undefined;
}

const textProblems = catalogEntries()
  .map((e) => e.problem)
  .filter((p) => p.kind !== 'choice');

describe('the unreadable-input corpus (tests/fixtures/unreadableInputs.ts)', () => {
  it('has at least 40 unique inputs for each kind of field', () => {
    for (const shape of [
      { kind: 'number' },
      { kind: 'vector', length: 2 },
      { kind: 'expression', variables: ['t'] },
    ] as AnswerShape[]) {
      const texts = unreadableInputs(shape).map((e) => e.text);
      expect(new Set(texts).size).toBe(texts.length);
      expect(texts.length).toBeGreaterThanOrEqual(40);
    }
  });

  it.each(textProblems.map((p) => [p.id, p] as const))(
    'checkAnswer refuses every corpus input for %s without grading it',
    (_, problem) => {
      for (const seed of [1, 2, 3]) {
        const inst = problem.instantiate(seed);
        const shape = shapeOf(inst.answer)!;
        for (const { why, text } of unreadableInputs(shape)) {
          const v = checkAnswer(inst, text);
          expect(
            v.kind,
            `${why}: ${JSON.stringify(text.slice(0, 60))} → ${JSON.stringify(v).slice(0, 200)}`,
          ).toBe('invalid');
          if (v.kind === 'invalid') expect(v.message.length, why).toBeGreaterThan(15);
        }
      }
    },
  );
});
