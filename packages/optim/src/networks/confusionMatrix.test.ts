import { describe, expect, it } from 'vitest';
import { confusionMatrix } from './confusionMatrix.ts';
import { misclassified } from './misclassified.ts';

describe('confusionMatrix(predicted, labels, classes, n)', () => {
  it('counts[true·k + predicted]: rows sum to the class sizes, the trace to the right answers', () => {
    const labels = Float64Array.from([0, 0, 1, 2, 2, 2, 1]);
    const predicted = Int32Array.from([0, 1, 1, 2, 0, 2, 2]);
    const c = confusionMatrix(predicted, labels, 3);
    expect(Array.from(c)).toEqual([1, 1, 0, 0, 1, 1, 1, 0, 2]);
    expect(confusionMatrix(predicted, labels, 3, 3).reduce((s, v) => s + v, 0)).toBe(3);
  });

  it('rejects classes out of range and short inputs', () => {
    expect(() => confusionMatrix([0, 3], [0, 1], 3)).toThrow(/example 1 has label 1 and prediction 3/);
    expect(() => confusionMatrix([0], [0, 1], 3)).toThrow(/at least n = 2/);
    expect(() => confusionMatrix([0], [0], 1)).toThrow(/classes/);
  });
});

describe('misclassified(predicted, labels, n)', () => {
  it('lists the wrong rows in order', () => {
    expect(Array.from(misclassified([0, 1, 2, 2, 1], Float64Array.from([0, 2, 2, 1, 1])))).toEqual([1, 3]);
    expect(Array.from(misclassified([1, 1], [1, 1]))).toEqual([]);
  });
});
