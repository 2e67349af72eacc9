import {
  addScheduledDecayedWeights,
  cosineAnnealingLR,
  l2EquivalentDecay,
  minimize,
  namedChain,
  scaleByLearningRate,
  sgd,
  sgdw,
  stepLR,
  type Schedule,
  type Transform,
} from '@descent/optim';
import type { Point } from '../kit/contourGeometry.ts';
import { lessonQuadratic } from './problem.ts';
import type { SgdDecayEquivalenceState } from './state.ts';

/** Gaps at or below this are drawn at it on the log chart (float64 rounding of θ ≈ 1). */
export const GAP_FLOOR = 1e-17;
/** …and gaps above this at it (a diverging pair). */
export const GAP_CEILING = 10;

export interface EqRun {
  id: 'l2' | 'decoupled' | 'follow';
  label: string;
  points: Point[];
  divergedAt: number | null;
}

export interface SgdDecayEquivalenceResult {
  runs: EqRun[];
  /** ‖θ_t^{L2} − θ_t^{decoupled}‖ for t = 0 … (while both are finite). */
  gap: number[];
  /** The λ′ that makes SGD + L2 equal the decoupled run at η₀ (l2EquivalentDecay). */
  equivalentL2: number;
  /** η_t for t = 1 … steps. */
  lrs: number[];
}

/** The schedule of η: constant, ×0.1 after half the steps (StepLR), or cosine to η₀/100. */
export function lrSchedule(state: Pick<SgdDecayEquivalenceState, 'lr' | 'schedule' | 'steps'>): Schedule {
  if (state.schedule === 'step')
    return stepLR({ lr: state.lr, stepSize: Math.max(1, Math.floor(state.steps / 2)), gamma: 0.1 });
  if (state.schedule === 'cosine')
    return cosineAnnealingLR({ lr: state.lr, tMax: state.steps, etaMin: state.lr / 100 });
  return () => state.lr;
}

/**
 * sgdDecayEquivalence(state) → torch.optim.SGD(lr=η_t, weight_decay=λ′) against decoupled decay
 * λ — the paper's θ ← (1 − λ)θ − η_t g (optim's sgdw) or the lr-scaled θ ← θ(1 − η_tλ) − η_t g
 * (sgdw with η = 1 and the schedule as multiplier) — from the same start on the same quadratic.
 * With 'follow', a third run uses λ′_t = λ/η_t (addScheduledDecayedWeights).
 */
export function sgdDecayEquivalence(state: SgdDecayEquivalenceState): SgdDecayEquivalenceResult {
  const f = lessonQuadratic();
  const eta = lrSchedule(state);
  const x0 = Float64Array.from([state.x0, state.y0]);
  const perStep = state.convention === 'per-step';
  const decoupled: Transform<unknown> = (
    perStep
      ? sgdw({ lr: eta, weightDecay: state.wd })
      : sgdw({ lr: 1, weightDecay: state.wd, scheduleMultiplier: eta })
  ) as Transform<unknown>;
  const specs: [EqRun['id'], string, Transform<unknown>][] = [
    ['l2', `SGD + L2, λ′ = ${fmt(state.l2)}`, sgd({ lr: eta, weightDecay: state.l2 }) as Transform<unknown>],
    [
      'decoupled',
      perStep ? `decoupled, (1 − λ)θ, λ = ${fmt(state.wd)}` : `decoupled, (1 − ηλ)θ, λ = ${fmt(state.wd)}`,
      decoupled,
    ],
  ];
  if (state.follow && perStep) {
    const follow = namedChain({
      decay: addScheduledDecayedWeights((t) => state.wd / eta(t)),
      lr: scaleByLearningRate(eta),
    });
    specs.push(['follow', 'SGD + L2, λ′ₜ = λ/ηₜ', follow as Transform<unknown>]);
  }
  const runs = specs.map(([id, label, tx]): EqRun => {
    const r = minimize(f, tx, { x0, steps: state.steps });
    return { id, label, points: r.trajectory.map((x) => [x[0], x[1]] as Point), divergedAt: r.divergedAt };
  });
  const [a, b] = runs;
  const n = Math.min(a.points.length, b.points.length);
  const gap = Array.from({ length: n }, (_, t) =>
    Math.hypot(a.points[t][0] - b.points[t][0], a.points[t][1] - b.points[t][1]),
  );
  return {
    runs,
    gap,
    equivalentL2: l2EquivalentDecay({ convention: state.convention, lr: state.lr, weightDecay: state.wd }),
    lrs: Array.from({ length: state.steps }, (_, t) => eta(t)),
  };
}

function fmt(x: number): string {
  return String(Number(x.toPrecision(3)));
}
