import { applyUpdates, gradientNoise, leastSquares, linearScalingRule, miniBatchVariance, referenceOptimum, rng, sgd, sgdNoiseFloor } from '@descent/optim';
import { lessonProblem } from '../../components/widgets/SgdTrajectories/lessonProblem.ts';
import { noiseFloor } from '../../components/widgets/NoiseFloor/model.ts';
import { noiseFloorCodec } from '../../components/widgets/NoiseFloor/state.ts';
import { sgdTrajectories } from '../../components/widgets/SgdTrajectories/model.ts';
import { sgdTrajectoriesCodec } from '../../components/widgets/SgdTrajectories/state.ts';

/** Round for prose: `digits` significant digits, as a number (so MDX prints 0.0625, not 0.06250000001). */
export function sig(x: number, digits = 3): number {
  return Number(x.toPrecision(digits));
}

/**
 * Every number lesson 1 quotes, computed by @descent/optim when the page is built:
 * a four-example 1-D regression small enough to check by hand, the constants of the 2-D
 * problem in the widgets with the theorem's floor next to the measured one, and Goyal et
 * al.'s linear scaling example.
 */
export function sgdWorkedExample() {
  // f_i(θ) = ½(x_i θ − y_i)², n = 4.
  const X = [[1], [2], [-1], [3]];
  const y = [2, 1, 1, 4];
  const tiny = leastSquares({ X, y, l2: 0 });
  const theta0 = Float64Array.from([0]);
  const perExample = X.map((_, i) => tiny.gradI(i, theta0)[0]);
  const noise = gradientNoise(tiny, theta0);
  const star = referenceOptimum(tiny);
  const alpha = 0.1;
  // One GD step and one SGD step through the package's own sgd transform.
  const opt = sgd({ lr: alpha });
  const gdStep = applyUpdates(theta0, opt.update(tiny.grad(theta0), opt.init(theta0), theta0).updates)[0];
  const pick = rng(2024).int(tiny.n);
  const sgdStep = applyUpdates(theta0, opt.update(tiny.gradI(pick, theta0), opt.init(theta0), theta0).updates)[0];

  const P = lessonProblem();
  const state = noiseFloorCodec.defaults;
  const measured = noiseFloor({ ...state, decay: false });
  return {
    tiny: {
      n: tiny.n,
      X: X.map((r) => r[0]),
      y,
      perExample,
      fullGrad: noise.grad[0],
      sigma2: noise.sigma2,
      varWith2: miniBatchVariance({ sigma2: noise.sigma2, n: tiny.n, b: 2, replacement: true }),
      varWithout2: miniBatchVariance({ sigma2: noise.sigma2, n: tiny.n, b: 2, replacement: false }),
      L: tiny.lipschitz,
      thetaStar: star.x[0],
      alpha,
      gdStep,
      pick,
      sgdStep,
    },
    widget: {
      n: P.n,
      L: P.L,
      mu: P.mu,
      kappa: P.L / P.mu,
      Lmax: P.Lmax,
      sigma2Star: P.sigma2Star,
      alpha: state.lr,
      steps: state.steps,
      runs: state.runs,
      bound: sgdNoiseFloor({ lr: state.lr, L: P.L, mu: P.mu, sigma2: P.sigma2Star }),
      measured: measured.series[0].level ?? NaN,
      measuredThird: measured.series[1].level ?? NaN,
      beta: 2 / P.mu,
      gamma: 2 / (state.lr * P.mu) - 1,
    },
    // The step that is safe for GD (α < 2/L) but not for single-example SGD (α·L_max > 2).
    stability: (() => {
      const lr = 3;
      const [gd, one] = sgdTrajectories({ ...sgdTrajectoriesCodec.defaults, lr, steps: 200 });
      return { lr, twoOverL: 2 / P.L, gdGap: gd.gaps[gd.gaps.length - 1], sgd1DivergedAt: one.divergedAt, seed: sgdTrajectoriesCodec.defaults.seed };
    })(),
    goyal: { base: 0.1, baseBatch: 256, batch: 8192, lr: linearScalingRule(0.1, 256, 8192) },
  };
}
