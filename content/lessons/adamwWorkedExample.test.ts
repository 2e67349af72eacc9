import { describe, expect, it } from 'vitest';
import { adamwWorkedExample } from './adamwWorkedExample.ts';

const ex = adamwWorkedExample();

describe('adamwWorkedExample()', () => {
  it('the parts of AdamW compose to adamw’s update: −η(û + λθ), û₁ = g/(|g| + ε) on the first step', () => {
    const { g, theta, lr, wd, uAdam, uDecay, uLr, adamwStep } = ex.two;
    g.forEach((gi, i) => {
      expect(uAdam[i]).toBeCloseTo(gi / (Math.abs(gi) + 1e-8), 12);
      expect(uDecay[i]).toBeCloseTo(uAdam[i] + wd * theta[i], 14);
      expect(uLr[i]).toBeCloseTo(-lr * uDecay[i], 16);
      expect(adamwStep[i]).toBeCloseTo(uLr[i], 16);
    });
  });
  it('by hand: AdamW’s θ₁ = θ₀(1 − ηλ) − η·û, Adam + L2’s θ₁ = θ₀ − η·sign(g + λθ₀)', () => {
    const { lr, wd } = ex.two;
    expect(ex.two.adamwTheta[1]).toBeCloseTo(1 - lr * wd - lr * (10 / (10 + 1e-8)), 14);
    expect(ex.two.l2Theta[0]).toBeCloseTo(1 - lr * (0.02 / (0.02 + 1e-8)), 12);
    // The small-gradient weight: L2 makes no visible difference on step 1 (the step is ≈ η either way).
    expect(Math.abs(ex.two.l2Theta[0] - (1 - lr))).toBeLessThan(1e-9);
  });
  it('Adam + L2 normalises g + λ′θ₀ = (0.02, 10.01) on step 1, shown to 6 significant figures', () => {
    expect(ex.two.l2Grad.map((x) => Number(x.toPrecision(6)))).toEqual([0.02, 10.01]);
  });
  it('steady-state decay under Adam + L2 is ηλ/|g + λθ|: 50× AdamW’s for g = 0.01, ≈ 1/10 for g = 10', () => {
    expect(ex.two.steadyRatio[0]).toBeCloseTo(1 / 0.02, 4);
    expect(ex.two.steadyRatio[1]).toBeCloseTo(1 / 10.01, 6);
  });
  it('SGD: λ′ = λ/η in the paper’s convention, λ′ = λ in PyTorch’s; the two steps agree', () => {
    expect(ex.sgd.paperEq).toBeCloseTo(0.01, 15);
    expect(ex.sgd.torchEq).toBe(0.01);
    expect(ex.sgd.sgdPaper).toBeCloseTo((1 - 1e-3) * 2 - 0.1 * 0.5, 14);
    expect(ex.sgd.sgdL2).toBeCloseTo(ex.sgd.sgdPaper, 14);
  });
  it('the paper’s λ = 1e-5 per update with η = 1e-3 is PyTorch’s weight_decay = 0.01, and the same step', () => {
    expect(ex.paper.torchFromPaper).toBeCloseTo(0.01, 15);
    ex.paper.theta.forEach((v, i) => expect(v).toBeCloseTo(ex.two.adamwTheta[i], 14));
  });
  it('over 10 000 updates PyTorch’s decay shrinks θ by (1 − ηλ)^T; at η/2 by (1 − ηλ/2)^T; the paper’s by (1 − λ)^T', () => {
    expect(ex.run.decayAt).toBeCloseTo((1 - 1e-5) ** 1e4, 12);
    expect(ex.run.decayAtHalf).toBeCloseTo((1 - 5e-6) ** 1e4, 12);
    expect(ex.run.paperDecay).toBeCloseTo(ex.run.decayAt, 12);
    expect(Math.log(ex.run.decayAtHalf) / Math.log(ex.run.decayAt)).toBeCloseTo(0.5, 4);
  });
  it('the widget’s default run: Adam + L2 decays the small-gradient parameter most, AdamW all alike', () => {
    const d = ex.widget.l2Decay;
    expect(d[0]).toBeGreaterThan(d[1]);
    expect(d[1]).toBeGreaterThan(d[2]);
    expect(ex.widget.adamwDecay).toBeCloseTo(1e-3, 15);
    expect(Math.max(...ex.widget.adamwEnd) - Math.min(...ex.widget.adamwEnd)).toBeLessThan(1e-5);
  });
});
