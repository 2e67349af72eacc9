import {
  adam,
  adamL2EffectiveDecay,
  adamw,
  adamwPaper,
  addDecayedWeights,
  applyUpdates,
  cumulativeDecay,
  l2EquivalentDecay,
  scaleByAdam,
  scaleByLearningRate,
  sgd,
  sgdw,
} from '@descent/optim';
import { decayPerParameter } from '../../components/widgets/DecayPerParameter/model.ts';
import { decayPerParameterCodec } from '../../components/widgets/DecayPerParameter/state.ts';

// One rounding for prose and code listings, shared by every lesson (src/lib/typeset/texNumber.ts).
export { sig } from '../../src/lib/typeset/texNumber.ts';

const vec = (...x: number[]) => Float64Array.from(x);
/**
 * Every number lesson 5 quotes, computed by @descent/optim when the page is built: AdamW's chain
 * taken apart on a two-weight example (one small, one large gradient), the same step as Adam + L2,
 * the SGD equivalence in both conventions, the paper's AdamW against PyTorch's, and what the
 * decay does over a run when the lr is halved.
 */
export function adamwWorkedExample() {
  // Two weights θ₀ = (1, 1) with gradients 0.01 and 10; PyTorch's AdamW defaults.
  const theta = vec(1, 1);
  const g = vec(0.01, 10);
  const lr = 1e-3;
  const wd = 1e-2;
  // AdamW's parts one by one: scaleByAdam, then addDecayedWeights, then scaleByLearningRate.
  const partAdam = scaleByAdam();
  const u1 = partAdam.update(g, partAdam.init(theta), theta).updates;
  const u2 = addDecayedWeights({ weightDecay: wd }).update(u1, {}, theta).updates;
  const partLr = scaleByLearningRate(lr);
  const u3 = partLr.update(u2, partLr.init(theta), theta).updates;
  const wTx = adamw({ lr, weightDecay: wd });
  const adamwStep = wTx.update(g, wTx.init(theta), theta).updates;
  const adamwTheta = applyUpdates(theta, adamwStep);
  // Adam + L2 with the same numbers: the decay enters before scaleByAdam.
  const l2Tx = adam({ lr, weightDecay: wd });
  const l2Theta = applyUpdates(theta, l2Tx.update(g, l2Tx.init(theta), theta).updates);
  // Later in training, with a steady gradient g, v̂ → (g + λθ)²: the decay Adam + L2 applies.
  const steady = [0, 1].map((i) =>
    adamL2EffectiveDecay({ lr, weightDecay: wd, vHat: (g[i] + wd * theta[i]) ** 2 }),
  );

  // SGD: both conventions of decoupled decay against SGD + L2.
  const sgdLr = 0.1;
  const paperLambda = 1e-3;
  const paperEq = l2EquivalentDecay({ convention: 'per-step', lr: sgdLr, weightDecay: paperLambda });
  const torchEq = l2EquivalentDecay({ convention: 'lr-scaled', lr: sgdLr, weightDecay: wd });
  const one = (tx: ReturnType<typeof sgd> | ReturnType<typeof sgdw>) =>
    applyUpdates(
      vec(2),
      (tx as ReturnType<typeof sgd>).update(vec(0.5), (tx as ReturnType<typeof sgd>).init(vec(2)), vec(2))
        .updates,
    )[0];
  const sgdPaper = one(sgdw({ lr: sgdLr, weightDecay: paperLambda }));
  const sgdL2 = one(sgd({ lr: sgdLr, weightDecay: paperEq }));

  // The paper's AdamW (η = 1e-3, λ per update, multiplier s_t) against PyTorch's λ/η.
  const paper = adamwPaper({ lr, weightDecay: 1e-5 });
  const paperTheta = applyUpdates(theta, paper.update(g, paper.init(theta), theta).updates);
  const torchFromPaper = 1e-5 / lr;

  // Over a run of 10 000 updates: PyTorch's decay at lr and at lr/2, and the paper's at either η.
  const steps = 10_000;
  const decayAt = cumulativeDecay({ lr, weightDecay: wd, steps });
  const decayAtHalf = cumulativeDecay({ lr: lr / 2, weightDecay: wd, steps });
  const paperDecay = cumulativeDecay({ lr: 1, weightDecay: 1e-5, steps });

  // The first widget's default run, for the prose beside it.
  const widget = decayPerParameter(decayPerParameterCodec.defaults);
  const wl2 = widget.runs.find((r) => r.id === 'l2')!;
  const ww = widget.runs.find((r) => r.id === 'adamw')!;
  return {
    two: {
      theta: Array.from(theta),
      g: Array.from(g),
      lr,
      wd,
      uAdam: Array.from(u1),
      uDecay: Array.from(u2),
      uLr: Array.from(u3),
      adamwStep: Array.from(adamwStep),
      adamwTheta: Array.from(adamwTheta),
      l2Theta: Array.from(l2Theta),
      steady,
      steadyRatio: steady.map((d) => d / (lr * wd)),
      /** What Adam + L2 (λ′ = λ) normalises on step 1: g + λ′θ₀. */
      l2Grad: Array.from(g, (gi, i) => gi + wd * theta[i]),
    },
    sgd: { lr: sgdLr, paperLambda, paperEq, torchEq, sgdPaper, sgdL2, theta0: 2, g: 0.5 },
    paper: { lambda: 1e-5, theta: Array.from(paperTheta), torchFromPaper },
    run: { steps, decayAt, decayAtHalf, paperDecay },
    widget: {
      spread: decayPerParameterCodec.defaults.spread,
      steps: decayPerParameterCodec.defaults.steps,
      l2Decay: wl2.params.map((p) => p.effectiveDecay),
      l2End: wl2.params.map((p) => p.theta[p.theta.length - 1]),
      adamwEnd: ww.params.map((p) => p.theta[p.theta.length - 1]),
      adamwDecay: ww.params[0].effectiveDecay,
    },
  };
}
