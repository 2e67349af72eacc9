import { biasCorrection, stepsUntilBiasCorrectionBelow } from '@descent/optim';
import type { BiasCorrectionState } from './state.ts';
import { logSpacedSteps } from '../kit/logSpacedSteps.ts';

export interface FactorCurve {
  id: 'm' | 'v';
  label: string;
  beta: number;
  /** (t, 1/(1 − βᵗ) − 1) at log-spaced t from 1 to tMax: the excess over 1 the correction still adds. */
  points: { x: number; y: number }[];
  /** The first t with 1/(1 − βᵗ) < 1 + tol. */
  crossing: number;
  /** The factor at t = 1, 10, 20 and at the crossing. */
  at: { t: number; factor: number }[];
}

export interface BiasCorrectionResult {
  curves: FactorCurve[];
  tMax: number;
}

/**
 * biasCorrection(state) → the excess 1/(1 − βᵗ) − 1 of m̂'s and v̂'s correction factors against t,
 * on a range that reaches past both crossings of 1 + tol (optim's biasCorrection and
 * stepsUntilBiasCorrectionBelow).
 */
export function biasCorrectionCurves(s: BiasCorrectionState): BiasCorrectionResult {
  const pairs = [
    { id: 'm' as const, label: `m̂: β₁ = ${s.beta1}`, beta: s.beta1 },
    { id: 'v' as const, label: `v̂: β₂ = ${s.beta2}`, beta: s.beta2 },
  ];
  const crossings = pairs.map((p) => stepsUntilBiasCorrectionBelow(p.beta, s.tol));
  const tMax = Math.max(100, 10 ** Math.ceil(Math.log10(3 * Math.max(...crossings))));
  const ts = logSpacedSteps(tMax, 40);
  const curves = pairs.map((p, i): FactorCurve => ({
    ...p,
    // Drawn down to 10⁻⁴ of the tolerance: far below it the curve only stretches the axis.
    points: ts.map((t) => ({ x: t, y: biasCorrection(p.beta, t) - 1 })).filter((q) => q.y > 1e-4 * s.tol),
    crossing: crossings[i],
    at: [1, 10, 20, crossings[i]].map((t) => ({ t, factor: biasCorrection(p.beta, t) })),
  }));
  return { curves, tMax };
}
