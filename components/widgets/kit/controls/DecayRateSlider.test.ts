import { describe, expect, it } from 'vitest';
import { betaFromOneMinus } from './DecayRateSlider.tsx';

describe('betaFromOneMinus', () => {
  it('gives the round decay rates without binary noise', () => {
    expect(betaFromOneMinus(0.1)).toBe(0.9);
    expect(betaFromOneMinus(1e-3)).toBe(0.999);
    expect(betaFromOneMinus(1e-5)).toBe(0.99999);
    expect(1 - 0.9).not.toBe(0.1); // the reason: 1 − 0.9 is 0.09999999999999998 in binary
    expect(betaFromOneMinus(0.9)).toBe(0.1);
    expect(betaFromOneMinus(1)).toBe(0);
  });
});
