import {
  adagrad,
  adam,
  adaptiveStepSizes,
  illConditionedQuadratic,
  minimize,
  rmsprop,
  sgd,
  type Objective,
  type Transform,
  type Vec,
} from '@descent/optim';
import type { EffectiveStepsState } from './state.ts';

export type MethodId = 'sgd' | 'adagrad' | 'rmsprop' | 'adam';

export interface StepRun {
  id: MethodId;
  label: string;
  /** θ_0 … θ_T (finite iterates only). */
  path: [number, number][];
  /** f(θ_t) for t = 0 … T. */
  loss: number[];
  /** Per-coordinate step size η_{t,i} for t = 1 … T: index t − 1. */
  eta1: number[];
  eta2: number[];
  divergedAt: number | null;
}

export interface EffectiveStepsResult {
  runs: StepRun[];
  /** The objective, for the contour plot. */
  f: (x: number, y: number) => number;
}

/** What each method's state says its per-coordinate step size is after an update. */
type Reader = (state: never) => Vec;

function methods(
  s: EffectiveStepsState,
): { id: MethodId; label: string; tx: Transform<unknown>; read: Reader }[] {
  const two = (v: number) => Float64Array.of(v, v);
  return [
    { id: 'sgd', label: 'SGD', tx: sgd({ lr: s.sgdLr }) as Transform<unknown>, read: () => two(s.sgdLr) },
    {
      id: 'adagrad',
      label: 'AdaGrad',
      tx: adagrad({ lr: s.lr }) as Transform<unknown>,
      read: (st: { rss: { sum: Vec } }) => adaptiveStepSizes(s.lr, st.rss.sum, { eps: 1e-10 }),
    },
    {
      id: 'rmsprop',
      label: 'RMSProp',
      tx: rmsprop({ lr: s.lr }) as Transform<unknown>,
      read: (st: { rms: { v: Vec } }) => adaptiveStepSizes(s.lr, st.rms.v, { eps: 1e-8 }),
    },
    {
      id: 'adam',
      label: 'Adam',
      tx: adam({ lr: s.lr }) as Transform<unknown>,
      read: (st: { adam: { v: Vec; biasCorrection2: number } }) =>
        adaptiveStepSizes(s.lr, st.adam.v, { eps: 1e-8, correction: st.adam.biasCorrection2 }),
    },
  ] as { id: MethodId; label: string; tx: Transform<unknown>; read: Reader }[];
}

/** The badly scaled problem: f(θ) = ½(θ₁² + κ θ₂²), minimiser 0. */
export function problem(kappa: number): Objective & { f2: (x: number, y: number) => number } {
  const q = illConditionedQuadratic({ mu: 1, L: kappa });
  const p = new Float64Array(2);
  return {
    dim: 2,
    value: (x) => q.value(x),
    grad: (x) => q.grad(x),
    f2: (x, y) => {
      p[0] = x;
      p[1] = y;
      return q.value(p);
    },
  };
}

// One objective per κ, kept: the contour plot traces its level sets once per function it is
// given (ContourPlot caches by f), so a new f for every run re-traced the same ellipses on every
// press of the learning-rate and step sliders (a 155 ms frame at 4× CPU after each press).
const problems = new Map<number, ReturnType<typeof problem>>();
function problemFor(kappa: number): ReturnType<typeof problem> {
  let p = problems.get(kappa);
  if (!p) {
    // The κ slider has 49 positions; a URL can hold any κ, so keep the map small.
    if (problems.size >= 64) problems.clear();
    problems.set(kappa, (p = problem(kappa)));
  }
  return p;
}

/** contourObjective(κ) → f(x, y) = ½(x² + κy²) for the contour plot: the same function for the same κ. */
export function contourObjective(kappa: number): (x: number, y: number) => number {
  return problemFor(kappa).f2;
}

/**
 * effectiveSteps(state) → SGD, AdaGrad, RMSProp and Adam (PyTorch defaults apart from the lr)
 * from the same start on ½(θ₁² + κθ₂²); after every update, each coordinate's step size
 * η/(√v̂ᵢ + ε) read from the optimizer's own state (η for SGD). Divergence stops a run and is
 * reported; nothing is NaN. `f` is the same function for the same κ.
 */
export function effectiveSteps(s: EffectiveStepsState): EffectiveStepsResult {
  const obj = problemFor(s.kappa);
  const runs = methods(s).map(({ id, label, tx, read }): StepRun => {
    const r = minimize(obj, tx, { x0: Float64Array.of(s.x0, s.y0), steps: s.steps, keepStates: true });
    const eta1: number[] = [];
    const eta2: number[] = [];
    for (const st of r.states ?? []) {
      const e = read(st as never);
      eta1.push(e[0]);
      eta2.push(e[1]);
    }
    return {
      id,
      label,
      path: r.trajectory.map((x) => [x[0], x[1]]),
      loss: r.losses,
      eta1,
      eta2,
      divergedAt: r.divergedAt,
    };
  });
  return { runs, f: contourObjective(s.kappa) };
}
