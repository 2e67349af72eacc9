import {
  adadelta,
  adagrad,
  adam,
  adamStepBound,
  applyUpdates,
  biasCorrection,
  clipByGlobalNorm,
  clipByValue,
  rmsprop,
  scaleByAdam,
  stepsUntilBiasCorrectionBelow,
  type Transform,
  type Vec,
} from '@descent/optim';
import { reddi } from '../../components/widgets/ReddiCounterexample/model.ts';
import { reddiCodec } from '../../components/widgets/ReddiCounterexample/state.ts';

// One rounding for prose and code listings, shared by every lesson (src/lib/typeset/texNumber.ts).
export { sig } from '../../src/lib/typeset/texNumber.ts';

/** Runs a transform on a fixed scalar gradient stream and returns the update of every step. */
function updates<S>(tx: Transform<S>, gs: readonly number[]): { u: number[]; states: S[] } {
  let p: Vec = new Float64Array(1);
  let s = tx.init(p);
  const u: number[] = [];
  const states: S[] = [];
  for (const g of gs) {
    const r = tx.update(Float64Array.of(g), s, p);
    s = r.state;
    p = applyUpdates(p, r.updates);
    u.push(r.updates[0]);
    states.push(s);
  }
  return { u, states };
}

/**
 * Every number lesson 4 quotes, computed by @descent/optim when the page is built: Adam's
 * first three updates on a small gradient stream, the bias-correction steps, what ε does in
 * each library's position, AdaGrad's and RMSProp's early steps, AdaDelta's first step,
 * clipping, the bound on Adam's step and Reddi et al.'s counterexample at the widget's defaults.
 */
export function adaptiveWorkedExample() {
  // 1. Adam by hand: η = 0.1, PyTorch's β₁ = 0.9, β₂ = 0.999, ε = 1e-8, g = 2, −1, 0.5.
  const lr = 0.1;
  const gs = [2, -1, 0.5];
  const run = updates(adam({ lr }), gs);
  const steps = run.states.map((s, k) => ({
    t: k + 1,
    g: gs[k],
    m: s.adam.m[0],
    v: s.adam.v[0],
    bc1: s.adam.biasCorrection1,
    bc2: s.adam.biasCorrection2,
    mHat: s.adam.m[0] * s.adam.biasCorrection1,
    vHat: s.adam.v[0] * s.adam.biasCorrection2,
    update: run.u[k],
  }));

  // 2. Bias correction.
  const bias = {
    t1For5: stepsUntilBiasCorrectionBelow(0.9, 0.05),
    t2For5: stepsUntilBiasCorrectionBelow(0.999, 0.05),
    t2For1: stepsUntilBiasCorrectionBelow(0.999, 0.01),
    f1At20: biasCorrection(0.9, 20),
    f2At20: biasCorrection(0.999, 20),
    f1At10: biasCorrection(0.9, 10),
    f2At1000: biasCorrection(0.999, 1000),
  };

  // 3. ε: a first Adam step with a tiny gradient g₁ = 10⁻⁶, ε = 10⁻⁸ in three positions.
  const gTiny = 1e-6;
  // scaleByAdam alone (no lr): the preconditioned direction m̂/(√v̂ + ε), 1 when ε has no effect.
  const first = (tx: Transform<unknown>) => updates(tx, [gTiny]).u[0];
  const eps = {
    g: gTiny,
    outside: first(scaleByAdam({ eps: 1e-8 }) as Transform<unknown>), // PyTorch, optax eps
    inside: first(scaleByAdam({ eps: 0, epsRoot: 1e-8 }) as Transform<unknown>), // optax eps_root
    insideSquared: first(scaleByAdam({ eps: 0, epsRoot: 1e-16 }) as Transform<unknown>),
    kerasHat: first(scaleByAdam({ eps: 1e-7, epsHat: true }) as Transform<unknown>), // Keras: ε̂ = 1e-7
  };

  // 4. AdaGrad with a constant gradient g = 3, η = 0.1 (ε = 0): steps η/√t.
  const ada = updates(
    adagrad({ lr: 0.1, eps: 0 }),
    Array.from({ length: 100 }, () => 3),
  ).u;
  const adagradSteps = { g: 3, lr: 0.1, t1: -ada[0], t4: -ada[3], t100: -ada[99] };

  // 5. RMSProp (α = 0.99, no bias correction) on a constant gradient: the first step is η/√(1 − α).
  const rms = updates(
    rmsprop({ lr: 0.01 }),
    Array.from({ length: 300 }, () => 3),
  ).u;
  const rms9 = updates(rmsprop({ lr: 0.01, alpha: 0.9 }), [3]).u;
  const rmspropSteps = {
    lr: 0.01,
    t1: -rms[0],
    t10: -rms[9],
    t100: -rms[99],
    t300: -rms[299],
    t1Alpha09: -rms9[0],
  };

  // 6. AdaDelta's first steps with PyTorch's defaults and g = 1, then g = 100.
  const dd = updates(adadelta(), [1, 1, 1]).u;
  const dd100 = updates(adadelta(), [100]).u;
  const adadeltaSteps = { t1: -dd[0], t2: -dd[1], t3: -dd[2], t1At100: -dd100[0] };

  // 7. Clipping g = (3, 4) at c = 1: by norm keeps the direction, by value does not.
  const g2 = Float64Array.of(3, 4);
  const byNorm = clipByGlobalNorm({ maxNorm: 1 }).update(g2, { lastNorm: 0 }, g2).updates;
  const byValue = clipByValue({ clipValue: 1 }).update(g2, {}, g2).updates;
  const clip = { norm: 5, byNorm: Array.from(byNorm), byValue: Array.from(byValue) };

  // 8. How large can one Adam step be?
  const stepBound = {
    t1: adamStepBound(0.9, 0.999, 1),
    t10: adamStepBound(0.9, 0.999, 10),
    limit: adamStepBound(0.9, 0.999, 1_000_000),
    kingma: 0.1 / Math.sqrt(0.001),
    /** Kingma & Ba's case (only the latest gradient non-zero) at step 10, bias corrections included. */
    kingmaAt10: (0.1 / (1 - 0.9 ** 10)) * Math.sqrt((1 - 0.999 ** 10) / 0.001),
  };

  // 9. Reddi et al.'s problem at the widget's defaults.
  const r = reddi(reddiCodec.defaults);
  const reddiNumbers = {
    C: r.C,
    beta2: r.beta2,
    alpha: reddiCodec.defaults.alpha,
    steps: reddiCodec.defaults.steps,
    adamX: r.runs[0].finalX,
    amsX: r.runs[1].finalX,
    adamRegret: r.runs[0].finalRegret,
    amsRegret: r.runs[1].finalRegret,
    plusOneRegret: r.regretAtPlusOne,
    alphaBound: r.alphaBound ?? Number.NaN,
  };

  return {
    lr,
    steps,
    bias,
    eps,
    adagradSteps,
    rmspropSteps,
    adadeltaSteps,
    clip,
    stepBound,
    reddi: reddiNumbers,
  };
}
