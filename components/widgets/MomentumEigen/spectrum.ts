import {
  componentTrajectory,
  dampingRegime,
  eigenComponents,
  polynomialRegression,
  type DampingRegime,
  type MomentumMethod,
  type PolynomialRegression,
} from '@descent/optim';

/** The spectrum mode's problem: a degree-7 polynomial fitted to 16 noisy samples of sin 3x. */
export const SPECTRUM_PROBLEM = { n: 16, degree: 7, noise: 0.2, seed: 'momentum-eigen/spectrum/0' } as const;

let problem: PolynomialRegression | null = null;
/** The least-squares problem, built once (its eigen-decomposition is the expensive part). */
export function spectrumProblem(): PolynomialRegression {
  problem ??= polynomialRegression(SPECTRUM_PROBLEM);
  return problem;
}

interface XY {
  x: number;
  y: number;
}

export interface SpectrumComponent {
  /** 0 for the smallest eigenvalue. */
  index: number;
  lambda: number;
  lrLambda: number;
  regime: DampingRegime;
  /** Spectral radius of the component's 2×2 iteration. */
  rate: number;
  /** |cᵢ(t)|/|cᵢ(0)| at the recorded steps t ≥ 1: the share of the component still to be fitted. */
  remaining: XY[];
  /** |cᵢ(t)|/|cᵢ(0)| at the early-stopping step and at the end of the run. */
  remainingAtBest: number;
  remainingAtEnd: number;
}

export interface SpectrumResult {
  method: MomentumMethod;
  /** Steps run (fewer than asked when the run diverged). */
  steps: number;
  divergedAt: number | null;
  components: SpectrumComponent[];
  /** Mean squared error on the training points and against the noiseless curve, at recorded steps t ≥ 1. */
  train: XY[];
  test: XY[];
  /** The step with the smallest test error (searched over every step), and that error. */
  bestStep: number;
  bestTest: number;
  endTest: number;
  endTrain: number;
  /** Test and training error of the least-squares fit the run converges to. */
  lsTest: number;
  lsTrain: number;
  /** The data, the noiseless curve and the fitted polynomials at the early-stopping step and at the end. */
  fit: { data: XY[]; truth: XY[]; atBest: XY[]; atEnd: XY[] };
}

const RECORDS = 160;
const CURVE_POINTS = 101;

/** Log-spaced steps 1…T (integers, ascending, T included). */
function recordedSteps(T: number): number[] {
  const out = new Set<number>([1, T]);
  for (let k = 0; k < RECORDS; k++) out.add(Math.max(1, Math.round(T ** (k / (RECORDS - 1)))));
  return [...out].filter((t) => t <= T).sort((a, b) => a - b);
}

/**
 * spectrumRun({ lr, beta }, method, steps) → the run from θ₀ = 0 on {@link spectrumProblem}, eigen-
 * component by eigen-component: cᵢ(t) from the package's `componentTrajectory` (the scalar twin of
 * PyTorch's SGD along eigenvector i; the test checks it against a full run), then the training and
 * test errors at every step from the components. The test error is a quadratic form in c, so the
 * early-stopping step is searched over every step, not just the plotted ones. `q` defaults to the
 * widget's problem.
 */
export function spectrumRun(
  p: { lr: number; beta: number },
  method: MomentumMethod,
  steps: number,
  q: PolynomialRegression = spectrumProblem(),
): SpectrumResult {
  const d = q.dim;
  const star = q.minimizer!;
  const beta = method === 'gd' ? 0 : p.beta;
  const c0 = eigenComponents(new Float64Array(d), star, q.eigenvectors);
  const traj = q.eigenvalues.map((lam, i) => componentTrajectory(method, p.lr, beta, lam, c0[i], steps));
  // Diverged at the first step where a component has grown 10⁸-fold past the largest start.
  const limit = 1e8 * Math.max(...c0.map(Math.abs));
  let T = Math.min(...traj.map((c) => c.length)) - 1;
  for (const c of traj) {
    const k = c.findIndex((v) => Math.abs(v) > limit);
    if (k >= 0) T = Math.min(T, k - 1);
  }
  const divergedAt = T < steps ? T + 1 : null;
  // Test error in the eigenbasis: θ = θ* + V c, so te(c) = cᵀMc + 2wᵀc + te(θ*), M = VᵀGV, w = VᵀGθ* − Vᵀh.
  const { gram, cross } = q.testForm;
  const V = q.eigenvectors;
  const Gv = V.map((v) =>
    Float64Array.from({ length: d }, (_, r) => v.reduce((s, vk, k) => s + gram[r * d + k] * vk, 0)),
  );
  const M = V.map((vi) => Gv.map((gj) => vi.reduce((s, a, r) => s + a * gj[r], 0)));
  const w = V.map(
    (v, i) => Gv[i].reduce((s, g, r) => s + g * star[r], 0) - v.reduce((s, a, r) => s + a * cross[r], 0),
  );
  const lsTest = q.testError(star);
  const lsTrain = q.trainError(star);
  const testAt = (t: number) => {
    let s = lsTest;
    for (let i = 0; i < d; i++) {
      const ci = traj[i][t];
      s += 2 * w[i] * ci;
      for (let j = 0; j < d; j++) s += ci * M[i][j] * traj[j][t];
    }
    return s;
  };
  // Training error: (1/n)‖Xθ − y‖² = 2s(f(θ) − f*) + its minimum, and f − f* = ½ Σ λᵢcᵢ².
  const trainAt = (t: number) =>
    lsTrain + q.scale * q.eigenvalues.reduce((s, lam, i) => s + lam * traj[i][t] ** 2, 0);
  let bestStep = 0;
  let bestTest = testAt(0);
  for (let t = 1; t <= T; t++) {
    const e = testAt(t);
    if (e < bestTest) {
      bestTest = e;
      bestStep = t;
    }
  }
  const ts = T >= 1 ? recordedSteps(T) : [];
  const thetaAt = (t: number) => {
    const th = Float64Array.from(star);
    for (let i = 0; i < d; i++) for (let r = 0; r < d; r++) th[r] += traj[i][t] * V[i][r];
    return th;
  };
  const curve = (theta: ArrayLike<number> | null, g?: (x: number) => number) =>
    Array.from({ length: CURVE_POINTS }, (_, k) => {
      const x = -1 + (2 * k) / (CURVE_POINTS - 1);
      return { x, y: g ? g(x) : q.predict(theta!, x) };
    });
  return {
    method,
    steps: T,
    divergedAt,
    components: q.eigenvalues.map((lambda, i) => {
      const info = dampingRegime(p.lr, beta, lambda, method);
      const share = (t: number) => Math.abs(traj[i][t] / c0[i]);
      return {
        index: i,
        lambda,
        lrLambda: p.lr * lambda,
        regime: info.regime,
        rate: info.rate,
        remaining: ts.map((t) => ({ x: t, y: share(t) })),
        remainingAtBest: share(bestStep),
        remainingAtEnd: share(T),
      };
    }),
    train: ts.map((t) => ({ x: t, y: trainAt(t) })),
    test: ts.map((t) => ({ x: t, y: testAt(t) })),
    bestStep,
    bestTest,
    endTest: testAt(T),
    endTrain: trainAt(T),
    lsTest,
    lsTrain,
    fit: {
      data: q.x.map((x, i) => ({ x, y: q.y[i] })),
      truth: curve(null, q.target),
      atBest: curve(thetaAt(bestStep)),
      atEnd: curve(thetaAt(T)),
    },
  };
}
