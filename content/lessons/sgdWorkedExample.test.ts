import { describe, expect, it } from 'vitest';
import { describeSgdStep, sgdWorkedExample, sig } from './sgdWorkedExample.ts';

const ex = sgdWorkedExample();

describe('sgdWorkedExample() — the numbers lesson 1 quotes', () => {
  it('tiny problem: per-example gradients −x_i y_i at θ = 0 and their mean', () => {
    expect(ex.tiny.perExample).toEqual([-2, -2, 1, -12]);
    expect(ex.tiny.fullGrad).toBeCloseTo(-3.75, 14);
  });
  it('tiny problem: σ² = mean squared deviation, and the b = 2 variances', () => {
    const dev = [-2, -2, 1, -12].map((g) => (g + 3.75) ** 2);
    expect(ex.tiny.sigma2).toBeCloseTo(dev.reduce((a, b) => a + b) / 4, 12);
    expect(ex.tiny.varWith2).toBeCloseTo(ex.tiny.sigma2 / 2, 14);
    expect(ex.tiny.varWithout2).toBeCloseTo(ex.tiny.sigma2 / 3, 14);
  });
  it('tiny problem: L = mean x², θ* = Σxy/Σx², and one GD and SGD step of size 0.1', () => {
    expect(ex.tiny.L).toBeCloseTo(15 / 4, 12);
    expect(ex.tiny.thetaStar).toBeCloseTo(15 / 15, 12);
    expect(ex.tiny.gdStep).toBeCloseTo(0.375, 14);
    expect(ex.tiny.sgdStep).toBeCloseTo(-0.1 * ex.tiny.perExample[ex.tiny.pick], 14);
  });
  it('widget problem: the theorem bound is above the measured level', () => {
    expect(ex.widget.bound).toBeCloseTo(
      (ex.widget.alpha * ex.widget.L * ex.widget.sigma2Star) / (2 * ex.widget.mu),
      12,
    );
    expect(ex.widget.measured).toBeLessThan(ex.widget.bound);
    expect(ex.widget.measuredThird).toBeLessThan(ex.widget.measured);
    expect(ex.widget.alpha).toBeLessThanOrEqual(1 / ex.widget.L);
  });
  it('stability: α = 3 < 2/L lets GD converge while SGD with b = 1 diverges', () => {
    expect(ex.stability.lr).toBeLessThan(ex.stability.twoOverL);
    expect(ex.stability.gdGap).toBeLessThan(1e-6);
    expect(ex.stability.sgd1DivergedAt).not.toBeNull();
  });
  it('linear scaling: 0.1 per 256 examples becomes 3.2 at 8192', () => {
    expect(ex.goyal.lr).toBeCloseTo(3.2, 14);
  });
  it('sig(x, digits) rounds to significant digits', () => {
    expect(sig(0.061234)).toBe(0.0612);
    expect(sig(1234.5, 2)).toBe(1200);
  });
  it('the SGD-step sentence follows the sign of the computed step (θ⋆ = 1 > 0 = θ₀)', () => {
    const { tiny } = ex;
    const towards = Math.sign(tiny.sgdStep - 0) === Math.sign(tiny.thetaStar - 0);
    expect(tiny.sgdStepText.startsWith(towards ? 'in the right direction' : 'the wrong way')).toBe(true);
    // The build's draw is example 3 (gradient +1), whose step −0.1 moves away from θ⋆ = 1.
    expect(tiny.pick).toBe(2);
    expect(tiny.sgdStep).toBeCloseTo(-0.1, 14);
    expect(tiny.sgdStepText).toMatch(/^the wrong way/);
    expect(tiny.sgdStepText).toContain('any of examples 1, 2 and 4 would have stepped towards');
  });
  it.each([0, 1, 2, 3])(
    'describeSgdStep for a draw of example %i + 1 agrees with the sign of −η∇f_i',
    (pick) => {
      const { tiny } = ex;
      const sgdStep = -tiny.alpha * tiny.perExample[pick];
      const d = describeSgdStep({
        theta0: 0,
        thetaStar: tiny.thetaStar,
        gdStep: tiny.gdStep,
        sgdStep,
        pick,
        perExample: tiny.perExample,
      });
      expect(d.towards).toBe(sgdStep > 0);
      expect(d.text.startsWith(sgdStep > 0 ? 'in the right direction' : 'the wrong way')).toBe(true);
      if (sgdStep > 0)
        expect(d.text).toContain(Math.abs(sgdStep) > tiny.gdStep ? 'a longer step' : 'a shorter step');
      if (sgdStep > 0) expect(d.text).toContain('example 3 would point the wrong way');
    },
  );
});
