import { describe, expect, it } from 'vitest';
import { defineProblem } from './defineProblem.ts';
import { checkAnswer } from './checkAnswer.ts';
import { md } from './md.ts';

const good = {
  id: 'double-it',
  lesson: 'sgd' as const,
  title: 'Double a number',
  params: (rng: { pick<T>(a: readonly T[]): T }) => ({ x: rng.pick([2, 3, 5]) }),
  prompt: ({ x }: { x: number }) => md`What is $2 \cdot ${x}$?`,
  answer: { kind: 'number' as const, value: ({ x }: { x: number }) => 2 * x },
  mistakes: [{ value: ({ x }: { x: number }) => x * x, feedback: 'You squared it.' }],
  hints: ['Add it to itself.'],
  solution: ({ x }: { x: number }) => md`$2 \cdot ${x} = ${2 * x}$.`,
};

describe('defineProblem(definition)', () => {
  it('defineProblem(...).instantiate(seed) draws params from the seed and computes the key', () => {
    const p = defineProblem(good);
    const a = p.instantiate(7);
    expect(a).toEqual(p.instantiate(7));
    expect(a.answer.kind).toBe('number');
    const x = Number(/\\cdot (\d)/.exec(a.prompt)![1]);
    expect(a.answer.kind === 'number' && a.answer.value).toBe(2 * x);
    expect(checkAnswer(a, String(2 * x)).kind).toBe('correct');
    expect(checkAnswer(a, String(x * x))).toEqual(
      x === 2
        ? expect.objectContaining({ kind: 'correct' })
        : { kind: 'mistake', feedback: ['You squared it.'], tex: String(x * x) },
    );
    expect(checkAnswer(a, 'abc').kind).toBe('invalid');
  });
  it.each([
    [{ id: 'Bad Id' }, /id/],
    [{ lesson: 'nope' }, /lesson/],
    [{ hints: [] }, /hints/],
    [{ answer: { kind: 'number' } }, /answer/],
    [{ answer: { kind: 'vector', length: 1, value: () => [1] } }, /answer/],
    [{ prompt: 'not a function' }, /prompt/],
  ])('defineProblem refuses a malformed definition (%j), naming the field', (patch, field) => {
    expect(() => defineProblem({ ...good, ...patch } as unknown as typeof good)).toThrow(field);
  });
});
