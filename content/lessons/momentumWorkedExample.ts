import {
  applyUpdates,
  bufferConventionGap,
  dampingRegime,
  effectiveStepSize,
  illConditionedQuadratic,
  maxStableLr,
  minimize,
  momentumNoiseFloor,
  nesterovStandard,
  optimalParameters,
  quadratic,
  sgd,
  stableStepTimesCurvature,
  stepsToAccuracy,
  type Transform,
  type Vec,
} from '@descent/optim';
import { momentumParamsCodec } from '../../components/widgets/MomentumRavine/sharedState.ts';
import { ravineRuns } from '../../components/widgets/MomentumRavine/model.ts';
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

  return {
    hand: { ...hand, heavy, nesterov, plain },
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
