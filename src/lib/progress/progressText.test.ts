import { describe, expect, it } from 'vitest';
import { solvedOnlyWithSolution, solvedWithSolutionCount } from './progressOps.ts';
import type { Progress } from './progressSchema.ts';
import { progressText } from './progressText.ts';

const rec = (solved: boolean, solvedWithSolution?: boolean) => ({
  lastInput: '',
  attempts: 1,
  solved,
  hintsUsed: 0,
  solutionShown: false,
  solvedWithSolution,
});

describe('progressText(counts, label)', () => {
  it('progressText names solved, total and how many were solved after viewing the solution', () => {
    expect(progressText({ solved: 3, withSolution: 1, total: 7 }, 'in this lesson')).toBe(
      'Solved 3 / 7 practice problems in this lesson (1 after viewing the solution)',
    );
    expect(progressText({ solved: 2, withSolution: 0, total: 7 }, 'in this lesson')).toBe(
      'Solved 2 / 7 practice problems in this lesson',
    );
    expect(progressText({ solved: null, withSolution: 0, total: 7 }, 'in this lesson')).toBe(
      '7 practice problems in this lesson',
    );
  });
});

describe('solvedOnlyWithSolution(progress, id)', () => {
  const p: Progress = {
    version: 2,
    browserId: 'test-browser',
    problems: {
      helped: { current: 0, variants: { 0: rec(true, true), 1: rec(false) } },
      alone: { current: 1, variants: { 0: rec(true, true), 1: rec(true, false) } },
      old: { current: 0, variants: { 0: rec(true) } },
      open: { current: 0, variants: { 0: rec(false) } },
    },
  };
  it('counts a problem as helped only when every solved variant had the solution open', () => {
    expect(solvedOnlyWithSolution(p, 'helped')).toBe(true);
    expect(solvedOnlyWithSolution(p, 'alone')).toBe(false);
    expect(solvedOnlyWithSolution(p, 'old')).toBe(false); // records from before the field: unaided
    expect(solvedOnlyWithSolution(p, 'open')).toBe(false);
    expect(solvedWithSolutionCount(p, ['helped', 'alone', 'old', 'open', 'missing'])).toBe(1);
  });
});
