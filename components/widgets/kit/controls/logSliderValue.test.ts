import { describe, expect, it } from 'vitest';
import { logSliderValue } from './LogSlider.tsx';

describe('logSliderValue(position, min, max, integer)', () => {
  it('maps a log10 position to three significant digits', () => {
    expect(logSliderValue(-1.5, 1e-4, 10, false)).toBe(0.0316);
    expect(logSliderValue(0, 1e-4, 10, false)).toBe(1);
  });
  it('rounds to integers for integer sliders and clamps to the range', () => {
    expect(logSliderValue(Math.log10(7.4), 1, 64, true)).toBe(7);
    expect(logSliderValue(3, 1, 64, true)).toBe(64);
    expect(logSliderValue(-9, 1e-4, 10, false)).toBe(1e-4);
  });
});
