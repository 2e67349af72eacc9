import {
  applyUpdates,
  bufferConventionGap,
  dampingRegime,
  effectiveStepSize,
  firstOrderLowerBound,
  illConditionedQuadratic,
  maxStableLr,
  minimize,
  momentumNoiseFloor,
  nesterovStandard,
  optimalParameters,
  pathGraphQuadratic,
  quadratic,
  sgd,
  spectralRadius,
  stableStepTimesCurvature,
  stepsToAccuracy,
  type Transform,
  type Vec,
} from '@descent/optim';
import { momentumParamsCodec } from '../../components/widgets/lessons/momentum/momentumParams.ts';
import { ravineRuns, runMethod } from '../../components/widgets/lessons/momentum/ravineRuns.ts';
import { spectrumRun, spectrumProblem } from '../../components/widgets/MomentumEigen/spectrum.ts';
import { momentumNoiseCodec } from '../../components/widgets/MomentumNoise/state.ts';

// One rounding for prose and code listings, shared by every lesson (src/lib/typeset/texNumber.ts).
export { sig } from '../../src/lib/typeset/texNumber.ts';

/** Two updates of a transform on f(θ) = ½λθ², recording g, the buffer and θ (1-D). */
function twoSteps<S>(tx: Transform<S>, lambda: number, theta0: number, buffer: (s: S) => number) {
  let x: Vec = Float64Array.from([theta0]);
  let s = tx.init(x);
  const rows: { g: number; b: number; theta: number }[] = [];
  for (let t = 1; t <= 2; t++) {
    const g = lambda * x[0];
    const r = tx.update(Float64Array.from([g]), s, x);
    s = r.state;
    x = applyUpdates(x, r.updates);
    rows.push({ g, b: buffer(s), theta: x[0] });
  }
  return rows;
}

/** The first k with ‖θ_k − θ*‖ ≤ tol·‖θ₀ − θ*‖ from then on, in a run of `steps`. */
function measuredSteps(errors: number[], tol: number): number | null {
  let last = -1;
  for (let k = 0; k < errors.length; k++) if (errors[k] > tol * errors[0]) last = k;
  return last < errors.length - 1 ? last + 1 : null;
}

/**
 * Every number lesson 3 quotes, computed by @descent/optim when the page is built: two steps by
 * hand, the tuned rates and steps-to-accuracy for several κ, stability limits, damping boundaries,
 * the buffer-convention gap after a step decay and the noise floors of the fourth widget.
 */
export function momentumWorkedExample() {
  // Two steps on f(θ) = ½·2·θ² from θ₀ = 1 with η = 0.1, β = 0.9.
  const hand = { lambda: 2, theta0: 1, lr: 0.1, beta: 0.9 };
  type SgdS = { momentum?: { buffer: Float64Array } };
  const buf = (s: unknown) => (s as SgdS).momentum?.buffer[0] ?? NaN;
  const heavy = twoSteps(sgd({ lr: hand.lr, momentum: hand.beta }), hand.lambda, hand.theta0, buf);
  const nesterov = twoSteps(
    sgd({ lr: hand.lr, momentum: hand.beta, nesterov: true }),
    hand.lambda,
    hand.theta0,
    buf,
  );
  const plain = twoSteps(sgd({ lr: hand.lr }), hand.lambda, hand.theta0, () => NaN);
  // Each method's rate on this one component: the spectral radius of its 2×2 iteration.
  const handRates = {
    heavy: spectralRadius('heavyBall', hand.lr, hand.beta, hand.lambda),
    nesterov: spectralRadius('nesterov', hand.lr, hand.beta, hand.lambda),
    gd: spectralRadius('gd', hand.lr, 0, hand.lambda),
    heavyRegime: dampingRegime(hand.lr, hand.beta, hand.lambda).regime,
    nesterovRegime: dampingRegime(hand.lr, hand.beta, hand.lambda, 'nesterov').regime,
  };

  // Tuned methods for μ = 1 and several κ; ε = 10⁻⁶.
  const tol = 1e-6;
  const table = [10, 100, 1000, 10_000].map((kappa) => {
    const gd = optimalParameters('gd', 1, kappa);
    const hb = optimalParameters('heavyBall', 1, kappa);
    const nes = optimalParameters('nesterov', 1, kappa);
    const std = nesterovStandard(1, kappa);
    return {
      kappa,
      gd: { ...gd, steps: stepsToAccuracy(gd.rate, tol) },
      hb: { ...hb, steps: stepsToAccuracy(hb.rate, tol) },
      nes: { ...nes, steps: stepsToAccuracy(nes.rate, tol) },
      std: { ...std, steps: stepsToAccuracy(std.rate, tol) },
    };
  });
  const k100 = table[1];

  // Measured on a 2-D quadratic with κ = 100 (eigenvalues 1 and 100), from (1, 1).
  const q = illConditionedQuadratic({ mu: 1, L: 100 });
  const x0 = Float64Array.from([1, 1]);
  const err = (run: { trajectory: Float64Array[] }) => run.trajectory.map((x) => Math.hypot(x[0], x[1]));
  const runGd = minimize(q, sgd({ lr: k100.gd.lr }), { x0, steps: 1000 });
  const runHb = minimize(q, sgd({ lr: k100.hb.lr, momentum: k100.hb.beta }), { x0, steps: 1000 });
  const runNes = minimize(q, sgd({ lr: k100.nes.lr, momentum: k100.nes.beta, nesterov: true }), {
    x0,
    steps: 1000,
  });
  const measured = {
    gd: measuredSteps(err(runGd), tol),
    hb: measuredSteps(err(runHb), tol),
    nes: measuredSteps(err(runNes), tol),
  };

  // Stability and damping at β = 0.81 (√β = 0.9).
  const damp = { beta: 0.81 };
  const regimes = [0.005, 0.01, 1, 3.61, 3.615, 3.63].map((lrLambda) => ({
    lrLambda,
    ...dampingRegime(lrLambda, damp.beta, 1),
  }));

  // The ravine widget's defaults.
  const p = momentumParamsCodec.defaults;
  const runs = ravineRuns(p);
  const ravineQ = illConditionedQuadratic({ mu: 1 / p.kappa, L: 1 });
  // Raising β to 0.9 at the same η: closer sooner, slower in the end (heavy ball).
  const ravineBeta = (beta: number) => {
    const r = runMethod('heavyBall', { ...p, beta });
    return {
      beta,
      rate: r.rate,
      within10: r.errors.findIndex((e) => e < 0.1 * r.errors[0]),
      end: r.errors[p.steps] / r.errors[0],
    };
  };
  const betaCompare = { low: ravineBeta(p.beta), high: ravineBeta(0.9) };

  // PyTorch's buffer vs lr inside: 30 updates at 0.1, then 0.01, β = 0.9, g = 1.
  const change = { lrBefore: 0.1, lrAfter: 0.01, beta: 0.9, stepsBefore: 30 };
  const gap = bufferConventionGap(change);
  const schedule = (t: number) => (t < change.stepsBefore ? change.lrBefore : change.lrAfter);
  const constG = quadratic({ A: [[0]], b: [-1] }); // f(θ) = θ: gradient 1 everywhere
  const long = change.stepsBefore + 200;
  const pt = minimize(constG, sgd({ lr: schedule, momentum: change.beta }), {
    x0: Float64Array.from([0]),
    steps: long,
  });
  const inside = minimize(constG, sgd({ lr: schedule, momentum: change.beta, lrInsideMomentum: true }), {
    x0: Float64Array.from([0]),
    steps: long,
  });
  const simulatedGap = inside.x[0] - pt.x[0];

  // Noise floors at the fourth widget's defaults.
  const n = momentumNoiseCodec.defaults;
  const lams = illConditionedQuadratic({ mu: 1 / n.kappa, L: 1 }).eigenvalues;
  const sigma2 = n.sigma * n.sigma;
  const floors = {
    effLr: n.effLr,
    beta: n.beta,
    kappa: n.kappa,
    sigma: n.sigma,
    lrMomentum: n.effLr * (1 - n.beta),
    sgd: momentumNoiseFloor({ lr: n.effLr, beta: 0, eigenvalues: lams, sigma2 }),
    momentum: momentumNoiseFloor({ lr: n.effLr * (1 - n.beta), beta: n.beta, eigenvalues: lams, sigma2 }),
    sameLr: momentumNoiseFloor({ lr: n.effLr, beta: n.beta, eigenvalues: lams, sigma2 }),
  };

  // The limits of descent: Nesterov's path-graph quadratic, κ = 100, 400 coordinates, from θ₀ = 0.
  const lbKappa = 100;
  const path = pathGraphQuadratic({ kappa: lbKappa, dim: 400 });
  const lbSteps = 100;
  const bound = firstOrderLowerBound(path.minimizer, lbKappa, lbSteps);
  const norm0 = Math.hypot(...path.minimizer);
  const relative = (run: { trajectory: Vec[] }) =>
    run.trajectory.map((x) => Math.hypot(...x.map((v, i) => v - path.minimizer[i])) / norm0);
  const origin = new Float64Array(path.dim);
  const tunedFor = (m: 'gd' | 'heavyBall' | 'nesterov') => optimalParameters(m, 1, lbKappa);
  const lbRuns = {
    gd: relative(minimize(path, sgd({ lr: tunedFor('gd').lr }), { x0: origin, steps: lbSteps })),
    hb: relative(
      minimize(path, sgd({ lr: tunedFor('heavyBall').lr, momentum: tunedFor('heavyBall').beta }), {
        x0: origin,
        steps: lbSteps,
      }),
    ),
    nes: relative(
      minimize(
        path,
        sgd({ lr: tunedFor('nesterov').lr, momentum: tunedFor('nesterov').beta, nesterov: true }),
        {
          x0: origin,
          steps: lbSteps,
        },
      ),
    ),
  };
  const limits = {
    kappa: lbKappa,
    dim: path.dim,
    rate: bound.rate,
    rows: [10, 25, 50, 100].map((t) => ({
      t,
      bound: bound.bound[t],
      gd: lbRuns.gd[t],
      hb: lbRuns.hb[t],
      nes: lbRuns.nes[t],
    })),
    /** Largest relative gap between the tuned heavy ball's error and the bound over the run. */
    hbGap: Math.max(...lbRuns.hb.map((e, t) => Math.abs(e / bound.bound[t] - 1))),
    /** Every method's error is at least the bound at every step. */
    allAbove: (['gd', 'hb', 'nes'] as const).every((m) =>
      lbRuns[m].every((e, t) => e >= bound.bound[t] * (1 - 1e-12)),
    ),
    stepsBound: stepsToAccuracy(bound.rate, tol),
  };

  // A whole spectrum: the eigen widget's polynomial fit at the shared defaults, heavy ball and GD.
  const sp = spectrumProblem();
  const spHb = spectrumRun(p, 'heavyBall', 10_000);
  const spGd = spectrumRun(p, 'gd', 10_000);
  const spectrum = {
    degree: sp.degree,
    n: sp.x.length,
    lambdaMin: sp.eigenvalues[0],
    steps: spHb.steps,
    best: spHb.bestStep,
    bestTest: spHb.bestTest,
    endTest: spHb.endTest,
    lsTest: spHb.lsTest,
    gdBest: spGd.bestStep,
    fittedAtBest: spHb.components.filter((c) => c.remainingAtBest < 1e-6).length,
    smallestLeft: spHb.components.slice(0, 3).map((c) => c.remainingAtBest),
  };

  return {
    hand: { ...hand, heavy, nesterov, plain, rates: handRates },
    betaCompare,
    limits,
    spectrum,
    table,
    k100,
    measured,
    stability: {
      beta: 0.9,
      hb: stableStepTimesCurvature('heavyBall', 0.9),
      nes: stableStepTimesCurvature('nesterov', 0.9),
      hbLrAtL100: maxStableLr('heavyBall', 0.9, 100),
    },
    damp: {
      ...damp,
      low: (1 - Math.sqrt(damp.beta)) ** 2,
      high: (1 + Math.sqrt(damp.beta)) ** 2,
      limit: 2 + 2 * damp.beta,
      regimes,
    },
    ravine: {
      ...p,
      mu: ravineQ.mu,
      runs: runs.map((r) => ({ label: r.label, rate: r.rate, divergedAt: r.divergedAt })),
    },
    effective: { lr: 0.01, beta: 0.9, step: effectiveStepSize(0.01, 0.9) },
    change: {
      ...change,
      ...gap,
      simulatedGap,
      settled: effectiveStepSize(change.lrBefore, change.beta),
      settledAfter: effectiveStepSize(change.lrAfter, change.beta),
    },
    floors,
  };
}
