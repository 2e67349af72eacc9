import { estimatorVariance, sagaMemoryFloats, svrgPassesPerSnapshot } from '@descent/optim';
import { proseNumber } from '../../src/lib/typeset/texNumber.ts';
import { buildProblem } from '../../components/widgets/lessons/variance-reduction/buildProblem.ts';
import { raceModel } from '../../components/widgets/lessons/variance-reduction/raceModel.ts';
import { raceSchema } from '../../components/widgets/FiniteSumRace/state.ts';
import { sagaTheoremStep, svrgAlpha } from '../../components/widgets/lessons/variance-reduction/theory.ts';
import { stepSweepModel } from '../../components/widgets/StepSizeExplorer/model.ts';
import { stepSweepSchema } from '../../components/widgets/StepSizeExplorer/state.ts';

/**
 * Every number the variance-reduction lesson quotes, computed from @descent/optim when the page is
 * built: the race widget's default problem (n = 200, d = 10, λ = 0.01, seed 1), its constants,
 * what each method needs to reach 1e-10, memory and cost accounting, and the scikit-learn mapping.
 * Values are returned raw (for tests) and formatted (for prose).
 */
export function workedExample() {
  const state = raceSchema.parse({});
  const built = buildProblem({ n: state.n, l2: state.l2, scale: state.scale, seed: state.seed });
  const { problem, lMax, mu, fStar, xStar } = built;
  const n = problem.n;
  const d = problem.dim;
  const race = raceModel(state);
  const get = (id: string) => race.methods.find((m) => m.id === id)!;
  const sgd = get('sgd');
  const svrg = get('svrg');
  const saga = get('saga');
  const sgdTail = sgd.points.filter((p) => p.passes >= state.passes / 2).map((p) => p.gap);
  const lr = 1 / (3 * lMax);
  const sigmaStarSq = estimatorVariance(problem, { x: xStar, gradEvals: 0, steps: 0 });
  const tableFloats = sagaMemoryFloats(n, d);
  // The same bookkeeping for a model the size of a small image classifier, to make the memory point.
  const bigN = 1_000_000;
  const bigD = 1_000;
  const bigTableBytes = 8 * sagaMemoryFloats(bigN, bigD);
  // scikit-learn minimises C Σ loss_i + ½‖w‖²; ours is (1/n) Σ loss_i + (λ/2)‖w‖² — divide by λ.
  const sklearnC = 1 / (n * state.l2);
  // sklearn's SAGA step: 1 / (2L + min(2 n α_scaled, L)) with α_scaled = 1/(C n) = λ and L = L_max.
  const sklearnStep = 1 / (2 * lMax + Math.min(2 * n * state.l2, lMax));
  // The step-size explorer's default sweep, extended far enough for every method to blow up.
  const sweepState = { ...stepSweepSchema.parse({}), maxMultiple: 256 };
  const sweep = stepSweepModel(sweepState);
  const sweepGap = (id: 'sgd' | 'svrg' | 'saga') => {
    const c = sweep.best[id];
    return c === null ? null : sweep.rows[id][sweep.multiples.indexOf(c)].gap;
  };
  const raw = {
    n,
    d,
    l2: state.l2,
    seed: state.seed,
    passes: state.passes,
    lMax,
    mu,
    kappa: lMax / mu,
    lF: problem.lipschitz,
    fStar,
    lr,
    sigmaStarSq,
    sagaReached: saga.reachedAt,
    svrgReached: svrg.reachedAt,
    sagaRate: saga.ratePerPass,
    svrgRate: svrg.ratePerPass,
    sgdFloor: Math.min(...sgdTail),
    svrgEpochPasses: svrgPassesPerSnapshot(n, 2 * n),
    svrgAlphaPractical: svrgAlpha(mu, lMax, lr, 2 * n),
    sagaTheoremStep: sagaTheoremStep(mu, n, lMax),
    sagaTheoremRatePerPass: (1 - mu * sagaTheoremStep(mu, n, lMax)) ** n,
    tableFloats,
    tableKiB: (8 * tableFloats) / 1024,
    scalarFloats: n,
    bigN,
    bigD,
    bigTableGB: bigTableBytes / 1e9,
    bigScalarMB: (8 * bigN) / 1e6,
    sklearnC,
    sklearnStep,
    sklearnStepIsThird: Math.abs(sklearnStep - lr) < 1e-15 * lr,
    gradEvalsPerSvrgEpoch: n + 2 * 2 * n,
    sgdBestC: sweep.best.sgd,
    sagaBestC: sweep.best.saga,
    svrgBestC: sweep.best.svrg,
    sgdBestGap: sweepGap('sgd'),
    sagaBestGap: sweepGap('saga'),
    sgdDivergedC: sweep.firstDiverged.sgd,
    sagaDivergedC: sweep.firstDiverged.saga,
    twoOverLambdaC: (2 / sweepState.l2) * sweep.lMax,
  };
  // Prose numbers: the minus sign, narrow spaces between digit groups, "× 10⁻⁷" for small ones.
  const f = (x: number | null, digits = 3) => (x === null ? '—' : proseNumber(x, { digits }));
  const s = (x: number | null, digits = 2) => (x === null ? '—' : proseNumber(x, { digits }));
  const text = {
    n: String(n),
    d: String(d),
    l2: f(state.l2),
    seed: String(state.seed),
    passes: String(state.passes),
    lMax: f(lMax, 4),
    mu: f(mu),
    kappa: f(raw.kappa, 3),
    lF: f(raw.lF, 3),
    fStar: f(fStar, 6),
    lr: f(lr, 4),
    sigmaStarSq: f(sigmaStarSq, 3),
    sagaReached: f(raw.sagaReached, 3),
    svrgReached: f(raw.svrgReached, 3),
    sagaRate: f(raw.sagaRate, 2),
    svrgRate: f(raw.svrgRate, 2),
    sgdFloor: s(raw.sgdFloor),
    svrgEpochPasses: f(raw.svrgEpochPasses),
    svrgAlphaPractical: f(raw.svrgAlphaPractical, 3),
    sagaTheoremStep: f(raw.sagaTheoremStep, 3),
    sagaTheoremRatePerPass: f(raw.sagaTheoremRatePerPass, 3),
    tableFloats: proseNumber(tableFloats),
    tableKiB: f(raw.tableKiB, 3),
    scalarFloats: String(n),
    bigN: proseNumber(bigN),
    bigD: proseNumber(bigD),
    bigTableGB: f(raw.bigTableGB, 3),
    bigScalarMB: f(raw.bigScalarMB, 3),
    sgdBestC: f(raw.sgdBestC, 3),
    sagaBestC: f(raw.sagaBestC, 3),
    svrgBestC: f(raw.svrgBestC, 3),
    sgdBestGap: s(raw.sgdBestGap),
    sagaBestGap: s(raw.sagaBestGap),
    sgdDivergedC: f(raw.sgdDivergedC, 3),
    sagaDivergedC: f(raw.sagaDivergedC, 3),
    twoOverLambdaC: f(raw.twoOverLambdaC, 3),
    sklearnC: f(sklearnC, 4),
    sklearnStep: f(sklearnStep, 4),
    gradEvalsPerSvrgEpoch: proseNumber(raw.gradEvalsPerSvrgEpoch),
  };
  return { raw, text };
}
