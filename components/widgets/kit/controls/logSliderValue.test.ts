import { describe, expect, it } from 'vitest';
import { logSliderMove, logSliderValue } from './LogSlider.tsx';

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

describe('logSliderMove(position, before, options)', () => {
  const lr = { min: 1e-4, max: 1, integer: false, stepsPerDecade: 6 };
  const steps = { min: 3, max: 60, integer: true, stepsPerDecade: 20 };

  it('ignores a report within half a step of the value shown (the browser snapping to its grid)', () => {
    expect(logSliderMove(Math.log10(0.1) + 0.4 / 6, 0.1, lr)).toBeNull();
    expect(logSliderMove(Math.log10(0.1) - 0.4 / 6, 0.1, lr)).toBeNull();
  });

  it('moves by the reader’s step to the value at the new position', () => {
    // one step up from 0.1 on six steps per decade: 10^(−1 + 1/6) = 0.1468 → 0.147
    expect(logSliderMove(-1 + 1 / 6, 0.1, lr)).toBe(0.147);
    expect(logSliderMove(-1 - 1 / 6, 0.1, lr)).toBe(0.0681);
  });

  it('moves an integer slider by at least one where a log step is smaller than one', () => {
    // from 3 one step of 1/20 decade is ×1.122: 3.37 rounds back to 3, so the move gives 4 (and 2 down)
    expect(logSliderMove(Math.log10(3) + 1 / 20, 3, steps)).toBe(4);
    expect(logSliderMove(Math.log10(4) - 1 / 20, 4, steps)).toBe(3);
    // far from 1 the log step itself is larger than one
    expect(logSliderMove(Math.log10(40) + 1 / 20, 40, steps)).toBe(45);
  });

  it('never leaves the range', () => {
    expect(logSliderMove(Math.log10(60) + 1 / 20, 60, steps)).toBe(60);
    expect(logSliderMove(-9, 1e-4 * 1.5, lr)).toBe(1e-4);
  });
});
