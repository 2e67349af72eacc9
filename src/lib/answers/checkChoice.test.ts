import { describe, expect, it } from 'vitest';
import { checkChoice, type ChoiceOption } from './checkChoice.ts';

const options: ChoiceOption[] = [
  { id: 'a', label: 'A', correct: true, feedback: 'A is right because…' },
  { id: 'b', label: 'B', correct: false, feedback: 'B confuses samples with updates.' },
  { id: 'c', label: 'C', correct: true, feedback: 'C also holds.' },
  { id: 'd', label: 'D', correct: false },
];

describe('checkChoice(selected, options, multiple)', () => {
  it('checkChoice single: the chosen option decides, with its feedback', () => {
    expect(checkChoice(['a'], options, false)).toEqual({
      ok: true,
      correct: true,
      feedback: ['A is right because…'],
    });
    expect(checkChoice(['b'], options, false)).toEqual({
      ok: true,
      correct: false,
      feedback: ['B confuses samples with updates.'],
    });
  });
  it('checkChoice multiple: correct only for the exact set; explains wrong picks, counts misses without naming them', () => {
    expect(checkChoice(['a', 'c'], options, true)).toMatchObject({ ok: true, correct: true });
    expect(checkChoice(['a', 'b'], options, true)).toEqual({
      ok: true,
      correct: false,
      feedback: ['B confuses samples with updates.', 'One more option is correct and not selected yet.'],
    });
    expect(checkChoice(['d'], options, true)).toEqual({
      ok: true,
      correct: false,
      feedback: ['Some correct options are not selected yet.'],
    });
    expect(checkChoice(['a', 'c', 'd'], options, true)).toEqual({ ok: true, correct: false, feedback: [] });
  });
  it('checkChoice refuses empty, unknown or doubled selections without counting them', () => {
    expect(checkChoice([], options, false)).toEqual({ ok: false, message: 'Select an option first.' });
    expect(checkChoice([], options, true)).toEqual({
      ok: false,
      message: 'Select at least one option first.',
    });
    expect(checkChoice(['z'], options, true).ok).toBe(false);
    expect(checkChoice(['a', 'c'], options, false).ok).toBe(false);
  });
});
