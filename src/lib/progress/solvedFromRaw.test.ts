import { describe, expect, it } from 'vitest';
import { patchVariant, solvedCount, solvedWithSolutionCount } from './progressOps.ts';
import { readProgress, emptyProgress } from './readProgress.ts';
import { solvedFromRaw, solvedInProgress } from './solvedFromRaw.ts';

const IDS = ['sgd-step', 'good-one', 'bad-one', 'adam-first-step', 'seed-fixed', 'other'];
const storeCount = (raw: string | null) => solvedCount(readProgress(raw, () => 'browser-x').progress, IDS);
const storeHelped = (raw: string | null) =>
  solvedWithSolutionCount(readProgress(raw, () => 'browser-x').progress, IDS);
const plainCount = (raw: string | null) => IDS.filter((id) => solvedFromRaw(raw).solved.has(id)).length;
const plainHelped = (raw: string | null) => IDS.filter((id) => solvedFromRaw(raw).helped.has(id)).length;

const variant = (solved: boolean, over: object = {}) => ({
  lastInput: '1',
  attempts: 1,
  solved,
  hintsUsed: 0,
  solutionShown: false,
  ...over,
});
const v2 = (problems: object, over: object = {}) =>
  JSON.stringify({ version: 2, browserId: 'abcd', problems, ...over });

// Good data, old data and every way the data can be damaged that the store repairs.
const CORPUS: (string | null)[] = [
  null,
  '',
  '{',
  'null',
  '42',
  '"text"',
  '[]',
  '[1,2]',
  '{"version": 3, "problems": {}}',
  '{"version": 2}',
  '\u0000garbage',
  v2({}),
  v2({
    'sgd-step': { current: 0, variants: { 0: variant(true) } },
    'good-one': { current: 1, variants: { 0: variant(false), 1: variant(true) } },
  }),
  v2({ 'sgd-step': { current: 0, variants: { 0: variant(false), 'seed-12': variant(false) } } }),
  v2({ 'seed-fixed': { current: 0, variants: { 'seed-3': variant(true) } } }),
  // Solved with the worked solution open: counted apart when every solved variant had it open.
  v2({
    'good-one': {
      current: 0,
      variants: { 0: variant(true, { solvedWithSolution: true, solvedInput: '0.5' }) },
    },
    'sgd-step': {
      current: 1,
      variants: {
        0: variant(true, { solvedWithSolution: true }),
        1: variant(true, { solvedWithSolution: false }),
      },
    },
  }),
  v2({
    'good-one': { current: 0, variants: { 0: variant(true, { solvedWithSolution: 'yes' }) } },
    'sgd-step': { current: 0, variants: { 0: variant(true, { solvedInput: 3 }) } },
    other: { current: 0, variants: { 0: variant(true, { solvedWithSolution: true }), 1: variant(false) } },
  }),
  // Damaged records: dropped one by one, the rest kept.
  v2({
    'good-one': { current: 0, variants: { 0: variant(true) } },
    'bad-one': { current: 'x' },
    'Bad Id': { current: 0, variants: { 0: variant(true) } },
  }),
  v2({
    'good-one': { current: -1, variants: { 0: variant(true) } },
    'sgd-step': { current: 0, variants: { 0: variant(true) } },
  }),
  v2({ 'good-one': { current: 0.5, variants: { 0: variant(true) } } }),
  v2({ 'good-one': { current: 0, variants: { x: variant(true) } } }),
  v2({ 'good-one': { current: 0, variants: { 0: variant(true, { attempts: -2 }) } } }),
  v2({ 'good-one': { current: 0, variants: { 0: variant(true, { solved: 'yes' }) } } }),
  v2({ 'good-one': { current: 0, variants: { 0: variant(true, { hintsUsed: 1.5 }) } } }),
  v2({
    'good-one': {
      current: 0,
      variants: { 0: { lastInput: 1, attempts: 0, solved: true, hintsUsed: 0, solutionShown: false } },
    },
  }),
  v2({ 'good-one': { current: 0, variants: [variant(true)] } }),
  v2({ 'good-one': [] }),
  v2({ 'good-one': null, 'sgd-step': { current: 0, variants: { 0: variant(true) } } }),
  v2({ 'good-one': { current: 0, variants: { 0: variant(true) }, extra: 'kept out' } }),
  // A broken envelope resets everything.
  v2({ 'good-one': { current: 0, variants: { 0: variant(true) } } }, { browserId: 'abc' }),
  v2({ 'good-one': { current: 0, variants: { 0: variant(true) } } }, { browserId: 'x'.repeat(101) }),
  v2({ 'good-one': { current: 0, variants: { 0: variant(true) } } }, { browserId: 7 }),
  JSON.stringify({ version: 2, browserId: 'abcd', problems: [] }),
  JSON.stringify({ version: '2', browserId: 'abcd', problems: {} }),
  // Version 1: migrated whole, or reset when any record is bad.
  JSON.stringify({
    version: 1,
    problems: {
      'sgd-step': { input: '0.5', attempts: 3, solved: true },
      other: { input: '', attempts: 0, solved: false },
    },
  }),
  JSON.stringify({
    version: 1,
    problems: {
      'sgd-step': { input: '0.5', attempts: 3, solved: true },
      'Bad Id': { input: '', attempts: 0, solved: true },
    },
  }),
  JSON.stringify({ version: 1, problems: { 'sgd-step': { input: '0.5', attempts: -3, solved: true } } }),
  JSON.stringify({ version: 1, problems: { 'sgd-step': { input: '0.5', attempts: 3, solved: 1 } } }),
  JSON.stringify({ version: 1 }),
];

describe('solvedFromRaw (the plain-script progress count)', () => {
  it.each(CORPUS.map((raw) => [raw]))('counts what the store counts for %j', (raw) => {
    expect(plainCount(raw)).toBe(storeCount(raw));
    expect(plainHelped(raw)).toBe(storeHelped(raw));
  });

  it('the corpus exercises solved, unsolved, repaired and reset data (it is not all zeros)', () => {
    const counts = CORPUS.map(storeCount);
    expect(new Set(counts).size).toBeGreaterThanOrEqual(3);
    expect(Math.max(...counts)).toBe(2);
    expect(Math.max(...CORPUS.map(storeHelped))).toBeGreaterThanOrEqual(1);
  });

  it('counts a progress value handed over by the store (the change event)', () => {
    let p = emptyProgress('abcd');
    p = patchVariant(p, 'sgd-step', '0', { solved: true });
    p = patchVariant(p, 'other', 'seed-4', { solved: false });
    p = patchVariant(p, 'good-one', '0', { solved: true, solvedWithSolution: true });
    expect([...solvedInProgress(p).solved]).toEqual(['sgd-step', 'good-one']);
    expect([...solvedInProgress(p).helped]).toEqual(['good-one']);
    expect(solvedInProgress(null).solved.size).toBe(0);
  });
});
