import { describe, expect, it } from 'vitest';
import { missedIn, missedText } from './missedProblems.ts';
import { patchVariant, setCurrentVariant } from './progressOps.ts';
import { emptyProgress } from './readProgress.ts';
import { storedProblems } from './solvedFromRaw.ts';

describe('missedIn(problems)', () => {
  it('lists tried-and-unsolved, solution-only and helped problems, not solved or untouched ones', () => {
    let p = emptyProgress('abcd');
    p = patchVariant(p, 'tried', '0', { attempts: 2 });
    p = patchVariant(p, 'peeked', '0', { solutionShown: true });
    p = patchVariant(p, 'helped', '0', {
      attempts: 1,
      solved: true,
      solvedWithSolution: true,
      solutionShown: true,
    });
    p = patchVariant(p, 'alone', '0', { attempts: 3, solved: true, solvedWithSolution: false });
    p = patchVariant(p, 'later-alone', '0', { attempts: 1, solved: true, solvedWithSolution: true });
    p = patchVariant(p, 'later-alone', '1', { attempts: 1, solved: true, solvedWithSolution: false });
    p = patchVariant(p, 'typed-only', '0', { lastInput: '0.5' });
    p = setCurrentVariant(p, 'moved-on', 4);
    const missed = missedIn(p.problems);
    expect(Object.fromEntries(missed)).toEqual({
      tried: { reason: 'unsolved', attempts: 2 },
      peeked: { reason: 'solution-only', attempts: 0 },
      helped: { reason: 'helped', attempts: 1 },
    });
    expect(missedText(missed.get('tried')!)).toBe('not solved yet (2 tries)');
    expect(missedText(missed.get('helped')!)).toBe('solved only with the worked solution open (1 try)');
  });
  it('reads raw stored progress as the store does, and nothing from damaged data', () => {
    const raw = JSON.stringify({
      version: 2,
      browserId: 'abcd',
      problems: {
        'a-b': {
          current: 0,
          variants: { 0: { lastInput: 'x', attempts: 1, solved: false, hintsUsed: 0, solutionShown: false } },
        },
        'c-d': { current: 0, variants: { 0: { attempts: 'many' } } },
      },
    });
    expect([...missedIn(storedProblems(raw)).keys()]).toEqual(['a-b']);
    for (const bad of [null, '', '{', '[]', '{"version":3}'])
      expect(missedIn(storedProblems(bad)).size).toBe(0);
    const v1 = JSON.stringify({
      version: 1,
      problems: { 'e-f': { input: '1', attempts: 2, solved: false } },
    });
    expect(Object.fromEntries(missedIn(storedProblems(v1)))).toEqual({
      'e-f': { reason: 'unsolved', attempts: 2 },
    });
  });
});

describe('freshVariant(progress, id)', () => {
  it('is past every variant seen and the one shown', async () => {
    const { freshVariant } = await import('./progressOps.ts');
    let p = emptyProgress('abcd');
    expect(freshVariant(p, 'x')).toBe(1);
    p = patchVariant(setCurrentVariant(p, 'x', 2), 'x', '5', { attempts: 1 });
    p = patchVariant(p, 'x', 'seed-99', { attempts: 1 });
    expect(freshVariant(p, 'x')).toBe(6);
  });
});
