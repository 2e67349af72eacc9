import {
  applyUpdates,
  gradientNoise,
  leastSquares,
  linearScalingRule,
  miniBatchVariance,
  referenceOptimum,
  rng,
  sgd,
  sgdNoiseFloor,
} from '@descent/optim';
import { lessonProblem } from '../../components/widgets/lessons/sgd/lessonProblem.ts';
import { noiseFloor } from '../../components/widgets/NoiseFloor/model.ts';
import { noiseFloorCodec } from '../../components/widgets/NoiseFloor/state.ts';
import { sgdTrajectories } from '../../components/widgets/SgdTrajectories/model.ts';
import { sgdTrajectoriesCodec } from '../../components/widgets/SgdTrajectories/state.ts';

// One rounding for prose and code listings, shared by every lesson (src/lib/typeset/texNumber.ts).
export { sig } from '../../src/lib/typeset/texNumber.ts';

/** Example numbers as prose lists them: "1, 2 and 4", "example 3". */
const listed = (xs: readonly number[]) =>
  xs.length <= 1
    ? `example ${xs.join('')}`
    : `any of examples ${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;

/**
 * The sentence after "one SGD step that draws example k moves θ to …", generated from the signs
 * of the computed steps so it can never contradict the numbers: whether the step heads towards
 * θ⋆ (same sign as θ⋆ − θ₀) or away from it, how its length compares with GD's, and which other
 * examples would have pointed the other way. Plain text (MDX prints it as is).
 */
export function describeSgdStep(t: {
  theta0: number;
  thetaStar: number;
  gdStep: number;
  sgdStep: number;
  pick: number;
  perExample: readonly number[];
}): { towards: boolean; text: string } {
  const want = Math.sign(t.thetaStar - t.theta0);
  const moved = Math.sign(t.sgdStep - t.theta0);
  // Examples whose step −η∇f_i points away from θ⋆ (1-based, as the lesson numbers them).
  const against = t.perExample
    .map((g, i) => ({ g, i: i + 1 }))
    .filter(({ g }) => Math.sign(-g) === -want)
    .map(({ i }) => i);
  const others = against.filter((i) => i !== t.pick + 1);
  if (moved === 0)
    return {
      towards: false,
      text: 'nowhere: this example is already fitted at θ = 0, so its gradient is zero',
    };
  if (moved === want) {
    const len = Math.abs(t.sgdStep - t.theta0) > Math.abs(t.gdStep - t.theta0) ? 'longer' : 'shorter';
    const tail =
      others.length === 0
        ? 'every other draw points the same way'
        : `a draw of ${listed(others)} would point the wrong way, because ${others.length === 1 ? 'its gradient has' : 'their gradients have'} the opposite sign to the full gradient`;
    return {
      towards: true,
      text: `in the right direction, towards θ⋆, but a ${len} step than GD's; ${tail}`,
    };
  }
  const right = t.perExample.map((_, i) => i + 1).filter((i) => !against.includes(i));
  return {
    towards: false,
    text: `the wrong way, away from θ⋆: this example's gradient has the opposite sign to the full gradient. A draw of ${listed(right)} would have stepped towards θ⋆, and averaged over all four draws the step is exactly GD's`,
  };
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
  const sgdStep = applyUpdates(
    theta0,
    opt.update(tiny.gradI(pick, theta0), opt.init(theta0), theta0).updates,
  )[0];

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
      sgdStepText: describeSgdStep({
        theta0: theta0[0],
        thetaStar: star.x[0],
        gdStep,
        sgdStep,
        pick,
        perExample,
      }).text,
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
      return {
        lr,
        twoOverL: 2 / P.L,
        gdGap: gd.gaps[gd.gaps.length - 1],
        sgd1DivergedAt: one.divergedAt,
        seed: sgdTrajectoriesCodec.defaults.seed,
      };
    })(),
    goyal: { base: 0.1, baseBatch: 256, batch: 8192, lr: linearScalingRule(0.1, 256, 8192) },
  };
}
