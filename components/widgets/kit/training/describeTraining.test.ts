import { describe, expect, it } from 'vitest';
import type { TrainPoint } from '@descent/optim';
import { bestRun, summarizeTraining } from './describeTraining.ts';
import { loss, pct } from './metricFormat.ts';
import type { RunHistory } from './sessionReducer.ts';

const point = (testAccuracy: number, testLoss: number): TrainPoint =>
  ({ step: 100, trainLoss: 0.3, trainAccuracy: 0.9, testLoss, testAccuracy }) as TrainPoint;
const run = (label: string, p: TrainPoint | null, divergedAt: number | null = null): RunHistory => ({
  label,
  history: p ? [p] : [],
  divergedAt,
});

describe('bestRun(runs)', () => {
  it('takes the highest test accuracy', () => {
    expect(bestRun([run('a', point(0.8, 0.2)), run('b', point(0.9, 0.5))])).toBe(1);
  });

  it('breaks an exact accuracy tie by the lower test loss, whichever comes first', () => {
    expect(bestRun([run('a', point(0.9, 0.31)), run('b', point(0.9, 0.22))])).toBe(1);
    expect(bestRun([run('a', point(0.9, 0.22)), run('b', point(0.9, 0.31))])).toBe(0);
  });

  it('skips diverged and empty runs; −1 when none is left', () => {
    expect(bestRun([run('a', point(1, 0), 40), run('b', point(0.5, 1)), run('c', null)])).toBe(1);
    expect(bestRun([run('a', null)])).toBe(-1);
  });

  it('the summary names the tie-broken winner', () => {
    const text = summarizeTraining([run('a', point(0.9, 0.31)), run('b', point(0.9, 0.22))], 100, 300, false);
    expect(text.endsWith('Best test accuracy: B.')).toBe(true);
  });
});

describe('metric rounding', () => {
  it('the caption prints what the table prints: whole percent, three decimals of loss', () => {
    const r = run('a', point(0.8857, 0.24849));
    expect(summarizeTraining([r], 100, 300, false)).toContain('test 89% (loss 0.248)');
    expect([pct(0.8857), loss(0.24849), loss(0.00312)]).toEqual(['89%', '0.248', '3.1e-3']);
  });
});
