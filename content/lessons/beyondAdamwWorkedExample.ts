import {
  adafactor,
  applyUpdates,
  lamb,
  lion,
  memoryTable,
  muon,
  muonShapeScale,
  newtonSchulz,
  newtonSchulzPolynomial,
  paramLayout,
  scheduleFreeSgd,
  shampoo,
  singularValues,
  svd,
  wsd,
  wsdBoundaries,
  wsdStopAt,
  type Vec,
} from '@descent/optim';
import { MEMORY_ROW_LABELS } from '../../src/lib/specs/memoryRowLabels.ts';

// One rounding for prose and code listings, shared by every lesson (src/lib/typeset/texNumber.ts).
export { sig } from '../../src/lib/typeset/texNumber.ts';

const vec = (...x: number[]) => Float64Array.from(x);
const rms = (x: Vec) => Math.sqrt(x.reduce((s, v) => s + v * v, 0) / x.length);
const norm = (x: Vec) => Math.sqrt(x.reduce((s, v) => s + v * v, 0));
const frobenius = norm;

/** One update of a transform from its initial state: the step θ₁ − θ₀. */
function firstStep(
  tx: { init(p: Vec): unknown; update(g: Vec, s: never, p: Vec): { updates: Vec } },
  theta: Vec,
  g: Vec,
) {
  return tx.update(g, tx.init(theta) as never, theta).updates;
}

/** How the lesson's table names the package's optimizers (its block's only vectors are biases). */
const MEMORY_LABELS: Record<string, string> = {
  ...MEMORY_ROW_LABELS,
  'muon (+ adamw for vectors)': 'Muon (AdamW on the biases)',
};

/**
 * Every number lesson 7 quotes, computed by @descent/optim when the page is built: one gradient
 * matrix stepped by the steepest-descent rules of three norms (sign, Frobenius, spectral), what
 * Newton–Schulz does to its singular values, Muon's and Shampoo's first steps on it, Lion's
 * fixed-size steps, Adafactor's factored second moment against the full one, LAMB's per-layer
 * trust ratio, the three sequences of Schedule-Free SGD, WSD's rates and its "stop now" branch,
 * and the optimizer-state memory of every optimizer in the course for one transformer MLP block.
 */
export function beyondAdamwWorkedExample() {
  // ---- One 3×2 gradient matrix, with singular values a factor of 20 apart.
  const rows = 3;
  const cols = 2;
  const G = vec(2, 1, 1, -1.5, 0.5, 0.25);
  const Gsvd = svd(G, rows, cols);
  const sigma = Array.from(Gsvd.values);
  const fro = frobenius(G);
  const sigmaNormalised = sigma.map((s) => s / fro);
  // The spectral-norm steepest-descent direction U Vᵀ (the orthogonal polar factor).
  const polar = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      let s = 0;
      for (let k = 0; k < cols; k++) s += Gsvd.U[i * cols + k] * Gsvd.V[j * cols + k];
      polar[i * cols + j] = s;
    }
  const ns = newtonSchulz(G, rows, cols, 5);
  const nsSigma = Array.from(singularValues(ns, rows, cols));
  const nsPolynomial = sigmaNormalised.map((s) => newtonSchulzPolynomial(s, 5));
  const nsOneStep = sigmaNormalised.map((s) => newtonSchulzPolynomial(s, 1));
  let nsPolarGap = 0;
  for (let i = 0; i < ns.length; i++) nsPolarGap = Math.max(nsPolarGap, Math.abs(ns[i] - polar[i]));
  // A nearly rank-deficient gradient: σ₂/σ₁ = 10⁻², and what five steps make of it.
  const skewSigma = [1, 0.01].map((s) => s / Math.hypot(1, 0.01));
  const skewAfter = skewSigma.map((s) => newtonSchulzPolynomial(s, 5));
  // The map σ ↦ p(σ) and σ ↦ p⁵(σ) on [0, 1] for the figure, and the band five steps leave every
  // σ ≥ 1.6·10⁻³ in (its extremes measured on a fine grid, not typed in).
  const curveSigma = Array.from({ length: 401 }, (_, i) => i / 400);
  const nsCurve = {
    sigma: curveSigma,
    one: curveSigma.map((s) => newtonSchulzPolynomial(s, 1)),
    five: curveSigma.map((s) => newtonSchulzPolynomial(s, 5)),
  };
  const bandGrid = Array.from({ length: 20001 }, (_, i) => 1.6e-3 + (i / 20000) * (1 - 1.6e-3));
  const bandValues = bandGrid.map((s) => newtonSchulzPolynomial(s, 5));
  const nsBand = { from: 1.6e-3, lo: Math.min(...bandValues), hi: Math.max(...bandValues) };

  // ---- Muon's first step on G (muon.py's defaults): b₁ = (1 − μ)G, Nesterov M = (1 − μ²)G.
  const muonLr = 0.02;
  const layout = paramLayout([[rows, cols]]);
  const theta0 = new Float64Array(rows * cols);
  const muonStep = firstStep(muon({ layout, lr: muonLr }), theta0, G);
  const shapeScale = muonShapeScale('jordan', rows, cols);
  const muonStepSigma = Array.from(singularValues(muonStep, rows, cols));

  // ---- Shampoo's first step on G: L₁ = εI + GGᵀ, R₁ = εI + GᵀG, L^{-1/4} G R^{-1/4} ≈ UVᵀ.
  const shampooEps = 1e-4;
  const shampooStep = firstStep(shampoo({ lr: 1, layout, eps: shampooEps }), theta0, G);
  let shampooPolarGap = 0;
  for (let i = 0; i < shampooStep.length; i++)
    shampooPolarGap = Math.max(shampooPolarGap, Math.abs(-shampooStep[i] - polar[i]));

  // ---- Lion, two steps on a 3-vector whose gradients span three decades.
  const lionLr = 1e-4;
  const lionWd = 0.1;
  const lionTheta0 = vec(1, -2, 0.5);
  const lionG = [vec(0.001, -3, 0.2), vec(-0.002, -1, 0.5)];
  const lionTx = lion({ lr: lionLr, weightDecay: lionWd });
  let lionState = lionTx.init(lionTheta0);
  let lionTheta: Vec = lionTheta0;
  const lionSteps: Vec[] = [];
  const lionThetas: Vec[] = [];
  for (const g of lionG) {
    const r = lionTx.update(g, lionState, lionTheta);
    lionState = r.state;
    lionSteps.push(r.updates);
    lionTheta = applyUpdates(lionTheta, r.updates);
    lionThetas.push(lionTheta);
  }
  const lionMomentum = Array.from(lionState.lion.m);

  // ---- Adafactor: the factored second moment of the first step (β̂₂₁ = 0) against G².
  const afRows = 2;
  const afCols = 3;
  const afG = vec(1, 2, 0.5, 4, 8, 2); // rank one: the factored estimate is exact
  const afG2 = vec(1, -2, 3, 2, 0.5, -1); // not rank one
  const factored = (g: Vec) => {
    const r = [0, 1].map((i) => g[i * 3] ** 2 + g[i * 3 + 1] ** 2 + g[i * 3 + 2] ** 2);
    const c = [0, 1, 2].map((j) => g[j] ** 2 + g[3 + j] ** 2);
    const total = r[0] + r[1];
    return { r, c, v: [0, 1].flatMap((i) => [0, 1, 2].map((j) => (r[i] * c[j]) / total)) };
  };
  const afExact = factored(afG);
  const afSkew = factored(afG2);
  const afTheta0 = vec(0.1, -0.2, 0.3, 0.1, 0.0, -0.1);
  const afLayout = paramLayout([[afRows, afCols]]);
  const afStep = firstStep(adafactor({ layout: afLayout }), afTheta0, afG2);
  const afAlpha = Math.max(1e-3, rms(afTheta0)) * Math.min(1e-2, 1 / Math.sqrt(1));

  // ---- LAMB's first step on two layers of very different scales.
  const lambLr = 1e-3;
  const lambLayout = paramLayout([[2, 2], [2]]);
  const lambTheta0 = vec(3, -4, 0, 12, 0.01, -0.02);
  const lambG = vec(0.5, 0.1, -0.2, 0.05, 20, -30);
  const lambStep = firstStep(lamb({ lr: lambLr, layout: lambLayout }), lambTheta0, lambG);
  const layers = [
    { from: 0, to: 4 },
    { from: 4, to: 6 },
  ].map(({ from, to }) => {
    const th = lambTheta0.subarray(from, to);
    const st = lambStep.subarray(from, to);
    return { weightNorm: norm(th), stepNorm: norm(st), relative: norm(st) / norm(th) };
  });

  // ---- Schedule-Free SGD on f(θ) = ½θ², deterministic, γ = 0.5, β = 0.9: the y, z, x sequences.
  const sfGamma = 0.5;
  const sfBeta = 0.9;
  const sfTx = scheduleFreeSgd({ lr: sfGamma, momentum: sfBeta });
  let sfState = sfTx.init(vec(1));
  let y: Vec = vec(1);
  const sfRows: { t: number; y: number; z: number; x: number }[] = [{ t: 0, y: 1, z: 1, x: 1 }];
  for (let t = 1; t <= 4; t++) {
    const r = sfTx.update(vec(y[0]), sfState, y);
    sfState = r.state;
    y = applyUpdates(y, r.updates);
    sfRows.push({ t, y: y[0], z: sfState.z[0], x: (sfState.x as Vec)[0] });
  }

  // ---- WSD: η = 10⁻³ over a planned T = 1000 with 20 % 1−√ decay, and "stop now" at 600.
  const wsdOpts = { lr: 1e-3, totalSteps: 1000, warmupSteps: 50 };
  const wsdSchedule = wsd(wsdOpts);
  const wsdBounds = wsdBoundaries(wsdOpts);
  const stopAt = 600;
  const stopped = wsdStopAt(wsdOpts, stopAt);
  const stoppedBounds = wsdBoundaries(stopped);
  const stoppedSchedule = wsd(stopped);
  const wsdRates = {
    t25: wsdSchedule(25),
    t500: wsdSchedule(500),
    t900: wsdSchedule(900),
    t1000: wsdSchedule(1000),
    stoppedMid: stoppedSchedule(stopAt + Math.round(stoppedBounds.decaySteps / 2)),
  };

  // ---- Memory: one transformer MLP block of width 512 (two matrices and two biases).
  const blockLayout = paramLayout([
    { shape: [2048, 512], name: 'up.weight' },
    { shape: [2048], name: 'up.bias' },
    { shape: [512, 2048], name: 'down.weight' },
    { shape: [512], name: 'down.bias' },
  ]);
  const memory = memoryTable(blockLayout).map((row) => ({
    name: row.name,
    label: MEMORY_LABELS[row.name] ?? row.name,
    floats: row.floats,
    perParameter: row.perParameter,
    megabytes: (row.floats * 4) / 2 ** 20,
  }));
  const blockParameters = memoryTable(blockLayout)[0].parameters;

  return {
    matrix: {
      rows,
      cols,
      G: Array.from(G),
      sigma,
      fro,
      sigmaNormalised,
      polar: Array.from(polar),
      sign: Array.from(G, Math.sign),
      frobeniusDirection: Array.from(G, (g) => g / fro),
      ns: Array.from(ns),
      nsSigma,
      nsPolynomial,
      nsOneStep,
      nsPolarGap,
      skewSigma,
      skewAfter,
      nsCurve,
      nsBand,
    },
    muon: { lr: muonLr, step: Array.from(muonStep), shapeScale, stepSigma: muonStepSigma },
    shampoo: { eps: shampooEps, step: Array.from(shampooStep), polarGap: shampooPolarGap },
    lion: {
      lr: lionLr,
      wd: lionWd,
      theta0: Array.from(lionTheta0),
      g: lionG.map((g) => Array.from(g)),
      steps: lionSteps.map((s) => Array.from(s)),
      thetas: lionThetas.map((t) => Array.from(t)),
      momentum: lionMomentum,
    },
    adafactor: {
      exact: { g: Array.from(afG), ...afExact, g2: Array.from(afG, (x) => x * x) },
      skew: { g: Array.from(afG2), ...afSkew, g2: Array.from(afG2, (x) => x * x) },
      theta0: Array.from(afTheta0),
      alpha: afAlpha,
      step: Array.from(afStep),
      stepRms: rms(afStep),
    },
    lamb: {
      lr: lambLr,
      theta0: Array.from(lambTheta0),
      g: Array.from(lambG),
      step: Array.from(lambStep),
      layers,
    },
    scheduleFree: { gamma: sfGamma, beta: sfBeta, rows: sfRows },
    wsd: { ...wsdOpts, bounds: wsdBounds, stopAt, stoppedBounds, rates: wsdRates },
    memory: { rows: memory, parameters: blockParameters },
  };
}

export type BeyondAdamwWorkedExample = ReturnType<typeof beyondAdamwWorkedExample>;
