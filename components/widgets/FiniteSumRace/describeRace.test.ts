import { describe, expect, it } from 'vitest';
import { methodOutcome, summarizeRace } from './describeRace.ts';
import type { MethodRun, RaceResult } from '../lessons/variance-reduction/raceModel.ts';

const run = (over: Partial<MethodRun>): MethodRun => ({
  id: 'saga',
  label: 'SAGA',
  lr: 0.1,
  points: [
    { passes: 0, gap: 1, variance: NaN },
    { passes: 10, gap: 0.02, variance: NaN },
  ],
  snapshots: [],
  divergedAt: null,
  reachedAt: null,
  ratePerPass: null,
  ...over,
});

describe('methodOutcome(run)', () => {
  it('says when a run reached 1e-10, diverged, or where it ended', () => {
    expect(methodOutcome(run({ reachedAt: 16.25 }))).toBe('reaches 1 × 10⁻¹⁰ after 16.3 passes');
    expect(methodOutcome(run({ divergedAt: 3 }))).toBe('diverged at pass 3');
    expect(methodOutcome(run({}))).toBe('ends at 0.02');
  });
});

describe('summarizeRace(result)', () => {
  it("names every method and explains SGD's plateau", () => {
    const r = {
      methods: [run({ id: 'sgd', label: 'SGD' }), run({ id: 'saga', label: 'SAGA', reachedAt: 16 })],
    } as unknown as RaceResult;
    expect(summarizeRace(r)).toBe(
      'SGD ends at 0.02; SAGA reaches 1 × 10⁻¹⁰ after 16 passes. SGD is held up by the variance of its gradient estimate (its noise floor).',
    );
  });
});
