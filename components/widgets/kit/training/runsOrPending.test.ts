import { describe, expect, it } from 'vitest';
import { runsOrPending } from './runsOrPending.ts';
import type { RunHistory } from './sessionReducer.ts';

describe('runsOrPending(runs, labels)', () => {
  it("returns the session's runs as they are once there are any", () => {
    const runs: RunHistory[] = [{ label: 'SGD', history: [], divergedAt: 3 }];
    expect(runsOrPending(runs, ['Adam', 'Lion'])).toBe(runs);
  });
  it('stands in one empty run per configuration, in order, before the first frame', () => {
    expect(runsOrPending([], ['SGD η=0.1', 'Adam η=0.01'])).toEqual([
      { label: 'SGD η=0.1', history: [], divergedAt: null },
      { label: 'Adam η=0.01', history: [], divergedAt: null },
    ]);
    expect(runsOrPending([], [])).toEqual([]);
  });
});
