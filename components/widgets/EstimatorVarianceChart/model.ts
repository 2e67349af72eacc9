import { raceModel, type MethodId } from '../lessons/variance-reduction/raceModel.ts';
import type { VarianceState } from './state.ts';

export interface VarianceSeries {
  id: MethodId;
  label: string;
  /** E_i‖g_i − ∇f(x)‖² at the iterate, once per pass. */
  points: { passes: number; variance: number }[];
  divergedAt: number | null;
}

export interface VarianceResult {
  series: VarianceSeries[];
  /** σ*² = (1/n)Σ‖∇fᵢ(x*)‖²: the variance SGD's estimator keeps even at the optimum. */
  sigmaStarSq: number;
  /** SVRG's snapshots (passes), to mark the saw-tooth. */
  snapshots: number[];
}

/**
 * varianceModel(state) → the variance over the sampled index of each method's gradient estimator
 * at its current iterate, measured exactly (a sum over all n examples) once per effective pass,
 * with every method at 1/(3 L_max) on the same problem and sample stream.
 */
export function varianceModel(state: VarianceState): VarianceResult {
  const race = raceModel({ ...state, steps: 'practical' }, { variance: true, recordsPerPass: 1 });
  const series = race.methods.map((m) => ({
    id: m.id,
    label: m.label,
    points: m.points
      .filter((p) => Number.isFinite(p.variance))
      .map((p) => ({ passes: p.passes, variance: p.variance })),
    divergedAt: m.divergedAt,
  }));
  return {
    series,
    sigmaStarSq: race.sigmaStarSq,
    snapshots: race.methods.find((m) => m.id === 'svrg')?.snapshots ?? [],
  };
}
