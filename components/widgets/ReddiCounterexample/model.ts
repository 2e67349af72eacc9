import {
  chain,
  projectOntoBox,
  reddiOnline,
  runOnline,
  scaleByAdam,
  scaleByLearningRate,
  type OnlineLinearProblem,
} from '@descent/optim';
import type { ReddiState } from './state.ts';
import { logSpacedSteps } from '../kit/logSpacedSteps.ts';

export interface OnlineRun {
  id: 'adam' | 'amsgrad';
  label: string;
  /** (t, x_t) at log-spaced t, t = 1 … T (x_t after t updates). */
  x: { x: number; y: number }[];
  /** (t, R_t/t) at the same t. */
  regret: { x: number; y: number }[];
  finalX: number;
  finalRegret: number;
  divergedAt: number | null;
}

export interface ReddiResult {
  runs: OnlineRun[];
  /** The constants actually used. */
  C: number;
  period: number;
  small: number;
  beta1: number;
  beta2: number;
  /** Long-run average regret of sitting at +1 (the wrong end) and the best point. */
  regretAtPlusOne: number;
  xStar: number;
  /** Theorem 1's step condition α < √(1 − β₂) (theorem setting only). */
  alphaBound: number | null;
}

export function constants(s: ReddiState): {
  problem: OnlineLinearProblem;
  C: number;
  period: number;
  small: number;
  beta1: number;
  beta2: number;
} {
  if (s.setting === 'experiment') {
    return {
      problem: reddiOnline({ C: 1010, period: 101, small: 10 }),
      C: 1010,
      period: 101,
      small: 10,
      beta1: 0.9,
      beta2: 0.99,
    };
  }
  return {
    problem: reddiOnline({ C: s.C }),
    C: s.C,
    period: 3,
    small: 1,
    beta1: 0,
    beta2: 1 / (1 + s.C * s.C),
  };
}

/**
 * reddi(state) → Adam and AMSGrad (optim's scaleByAdam, PyTorch's bias correction and ε = 1e-8,
 * AMSGrad on the raw v as PyTorch) with α_t = α/√t and a projection onto [−1, 1] after every
 * update (projectOntoBox), played on Reddi et al.'s online problem by runOnline.
 */
export function reddi(s: ReddiState): ReddiResult {
  const k = constants(s);
  const marks = logSpacedSteps(s.steps, 60);
  const lr = (t: number) => s.alpha / Math.sqrt(t + 1); // t updates applied → α/√(t + 1)
  const runs = (['adam', 'amsgrad'] as const).map((id): OnlineRun => {
    const tx = chain(
      scaleByAdam({ beta1: k.beta1, beta2: k.beta2, amsgrad: id === 'amsgrad' }),
      scaleByLearningRate(lr),
      projectOntoBox({ lo: -1, hi: 1 }),
    );
    const r = runOnline(k.problem, tx, { x0: s.x0, steps: s.steps });
    const last = r.x.length - 1;
    const keep = marks.filter((t) => t <= last);
    return {
      id,
      label: id === 'adam' ? 'Adam' : 'AMSGrad',
      x: keep.map((t) => ({ x: t, y: r.x[t] })),
      regret: keep.map((t) => ({ x: t, y: r.avgRegret[t] })),
      finalX: r.x[last],
      finalRegret: r.avgRegret[last],
      divergedAt: r.divergedAt,
    };
  });
  return {
    runs,
    C: k.C,
    period: k.period,
    small: k.small,
    beta1: k.beta1,
    beta2: k.beta2,
    regretAtPlusOne: k.problem.fixedPointAvgRegret(1),
    xStar: k.problem.xStar,
    alphaBound: s.setting === 'theorem' ? Math.sqrt(1 - k.beta2) : null,
  };
}
