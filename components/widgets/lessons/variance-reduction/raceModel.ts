import {
  estimatorVariance,
  saga,
  sgdSampler,
  svrg,
  type FiniteSumMethod,
  type MethodState,
} from '@descent/optim';
import { buildProblem } from './buildProblem.ts';
import { sagaTheoremBound, sagaTheoremStep, svrgAlpha, svrgTheoremSettings } from './theory.ts';
import { traceMethod, type Trace } from './traceMethod.ts';

export type MethodId = 'sgd' | 'svrg' | 'saga';

/** The race's settings (the race widget's state; the variance chart runs the 'practical' steps). */
export interface RaceSettings {
  /** Examples. */
  n: number;
  /** ℓ2 coefficient λ = μ. */
  l2: number;
  /** Feature scale s: L_max grows as s². */
  scale: number;
  /** 'practical': every method at 1/(3 L_max), SVRG m = 2n (option I); 'theorem': the steps the theorems assume. */
  steps: 'practical' | 'theorem';
  /** Budget in effective passes. */
  passes: number;
  seed: number;
}

export interface MethodRun extends Trace {
  id: MethodId;
  label: string;
  /** Step size used. */
  lr: number;
}

export interface TheoryLine {
  label: string;
  points: { passes: number; gap: number }[];
}

export interface RaceResult {
  n: number;
  lMax: number;
  mu: number;
  kappa: number;
  fStar: number;
  gap0: number;
  /** σ*² = (1/n)Σ‖∇fᵢ(x*)‖²: SGD's gradient variance at the optimum, the source of its noise floor. */
  sigmaStarSq: number;
  /** SVRG inner steps per snapshot and snapshot rule. */
  svrgInner: number;
  svrgOption: 'I' | 'II';
  /** Johnson & Zhang's α at the step and m actually used (≥ 1: the theorem guarantees nothing). */
  svrgAlpha: number;
  methods: MethodRun[];
  /** Guaranteed curves, drawn only for the settings the theorems cover ('theorem' steps). */
  theory: TheoryLine[];
}

/**
 * raceModel(state) runs SGD, SVRG and SAGA on the same seeded logistic regression with the same
 * sampled indices, and returns f − f* and the estimator variance against effective passes, SVRG's
 * snapshots, and the theorems' guaranteed curves where they apply.
 */
export function raceModel(
  state: RaceSettings,
  opts: { variance?: boolean; recordsPerPass?: number } = {},
): RaceResult {
  // The race plots only f − f*; the variance chart asks for the (costlier) variance too.
  const built = buildProblem({ n: state.n, l2: state.l2, scale: state.scale, seed: state.seed });
  const { problem, lMax, mu, x0, xStar, fStar } = built;
  const n = problem.n;
  const gap0 = problem.value(x0) - fStar;
  const theoremMode = state.steps === 'theorem';
  const practical = 1 / (3 * lMax);
  const sagaLr = theoremMode ? sagaTheoremStep(mu, n, lMax) : practical;
  const svrgSettings = theoremMode ? svrgTheoremSettings(mu, n, lMax) : { eta: practical, m: 2 * n };
  const option = theoremMode ? 'II' : 'I';
  const trace = {
    passes: state.passes,
    seed: state.seed,
    recordsPerPass: opts.recordsPerPass ?? 2,
    variance: opts.variance ?? false,
  };
  const run = <S extends MethodState>(
    id: MethodId,
    label: string,
    lr: number,
    method: FiniteSumMethod<S>,
  ): MethodRun => ({ id, label, lr, ...traceMethod(built, method, trace) });
  const methods = [
    run('sgd', 'SGD', sagaLr, sgdSampler({ lr: sagaLr })),
    run(
      'svrg',
      `SVRG (option ${option})`,
      svrgSettings.eta,
      svrg({
        lr: svrgSettings.eta,
        innerSteps: svrgSettings.m,
        snapshot: option === 'I' ? 'last' : 'random',
      }),
    ),
    run('saga', 'SAGA', sagaLr, saga({ lr: sagaLr })),
  ];
  const alpha = svrgAlpha(mu, lMax, svrgSettings.eta, svrgSettings.m);
  const theory: TheoryLine[] = [];
  if (theoremMode) {
    let dist0Sq = 0;
    for (let j = 0; j < x0.length; j++) dist0Sq += (x0[j] - xStar[j]) ** 2;
    const bound = sagaTheoremBound({ mu, n, lMax, lF: problem.lipschitz, dist0Sq, gap0 });
    const sagaPts = [];
    for (let p = 1; p <= state.passes; p += 0.5) sagaPts.push({ passes: p, gap: bound((p - 1) * n) });
    theory.push({ label: 'SAGA guarantee (Defazio et al., Thm 1)', points: sagaPts });
    if (alpha < 1) {
      const epoch = (n + 2 * svrgSettings.m) / n;
      const pts = [];
      for (let s = 0; s * epoch <= state.passes + 1e-9; s++)
        pts.push({ passes: s * epoch, gap: gap0 * alpha ** s });
      if (pts.length >= 2) theory.push({ label: 'SVRG guarantee (Johnson & Zhang, Thm 1)', points: pts });
    }
  }
  const sigmaStarSq = estimatorVariance(problem, { x: xStar, gradEvals: 0, steps: 0 });
  return {
    n,
    lMax,
    mu,
    kappa: built.kappa,
    fStar,
    gap0,
    sigmaStarSq,
    svrgInner: svrgSettings.m,
    svrgOption: option,
    svrgAlpha: alpha,
    methods,
    theory,
  };
}
