import { applyUpdates, lion } from '@descent/optim';
import { isClose } from '../../../src/lib/answers/isClose.ts';
import { defineProblem, md, roundToPrecision } from '../../../src/lib/problems/index.ts';

export interface P {
  theta: [number, number];
  m: [number, number];
  g: [number, number];
  lr: number;
  wd: number;
}

/** The answer's tolerance: θₜ to 6 significant figures (ηλθ can be as small as 10⁻⁵θ). */
const TOL = { sigFigs: 6 } as const;

/** One Lion update from a given momentum m_{t−1}, computed by the package's `lion`. */
export function lionStep(p: P, beta1 = 0.9): number[] {
  const tx = lion({ lr: p.lr, weightDecay: p.wd, beta1 });
  const theta = Float64Array.from(p.theta);
  const state = tx.init(theta);
  state.lion.m = Float64Array.from(p.m);
  state.lion.count = 5; // Lion has no bias correction: the count does not enter the step
  return Array.from(applyUpdates(theta, tx.update(Float64Array.from(p.g), state, theta).updates));
}
/** The slip of blending with β₂ instead of β₁. */
const betaTwo = (p: P) => lionStep(p, 0.99);
/** The slip of taking the sign of the gradient alone (signSGD with decay, no momentum). */
const signOfGradient = (p: P) => p.theta.map((th, i) => th - p.lr * (Math.sign(p.g[i]) + p.wd * th));
const withoutDecay = (p: P) => p.theta.map((th, i) => th - p.lr * Math.sign(0.9 * p.m[i] + 0.1 * p.g[i]));
/** The listed mistakes' values, in the order the checker tries them. */
const SLIPS = [betaTwo, signOfGradient, withoutDecay] as const;

/** How the checker judges a typed vector against a value: every entry within the answer's tolerance. */
const judgedAs = (typed: readonly number[], value: readonly number[]) =>
  typed.every((x, i) => isClose(x, value[i], TOL));

/**
 * Whether the checker can tell this variant's answers apart. The key must be exact at the stated
 * precision (at most 6 significant figures), so it sits nowhere near a rounding half-unit and
 * every correct rounding of it is the key itself. Each slip, typed in full or rounded to 6
 * figures, must be refused as the key and as every slip listed before it (the checker tries the
 * key, then the mistakes in order) and matched as itself.
 */
function checkable(p: P): boolean {
  const key = lionStep(p);
  if (!key.every((x) => isClose(x, roundToPrecision(x, TOL), { rtol: 1e-12 }))) return false;
  const slips = SLIPS.map((slip) => slip(p));
  return slips.every((v, i) =>
    [v, v.map((x) => roundToPrecision(x, TOL))].every(
      (typed) => judgedAs(typed, v) && ![key, ...slips.slice(0, i)].some((o) => judgedAs(typed, o)),
    ),
  );
}

export default defineProblem<P>({
  id: 'lion-update',
  lesson: 'beyond-adamw',
  title: 'One Lion update from a given momentum',
  params: (rng) => {
    for (;;) {
      const s = () => rng.pick([-1, 1]);
      // θ’s second coordinate is 0.2, 3 or 5, not 0.25 or 1.5: with every η and λ drawn, θ − η(±1 + λθ) then has
      // at most 6 significant figures, so the key is exact at the stated precision (0.25 gave
      // 0.25 − 10⁻⁴(1 + 0.025) = 0.2498975, on a half-unit of the 6th figure).
      const p: P = {
        theta: [s() * rng.pick([0.5, 1, 2]), s() * rng.pick([0.2, 3, 5])],
        m: [s() * rng.pick([0.05, 0.1, 0.2]), s() * rng.pick([0.5, 1, 2])],
        g: [s() * rng.pick([1.5, 2, 4]), s() * rng.pick([1, 2, 3])],
        lr: rng.pick([1e-4, 3e-4, 1e-3]),
        wd: rng.pick([0.1, 0.5, 1]),
      };
      // Redraw until every slip gives an answer the checker tells apart from the key and from
      // the other slips (where the signs of c, of β₂m + (1 − β₂)g and of g agree, they coincide).
      if (checkable(p)) return p;
    }
  },
  prompt: ({ theta, m, g, lr, wd }) =>
    md`A two-parameter model is trained with Lion ($\beta_1 = 0.9$, $\beta_2 = 0.99$), learning rate $\eta = ${lr}$ and decoupled weight decay $\lambda = ${wd}$ (multiplied by $\eta$, as in PyTorch). Before update $t$ the parameters are $\theta_{t-1} = (${theta[0]}, ${theta[1]})$ and the momentum is $m_{t-1} = (${m[0]}, ${m[1]})$; the new gradient is $g_t = (${g[0]}, ${g[1]})$. **Enter $\theta_t$.**`,
  answer: { kind: 'vector', length: 2, value: (p) => lionStep(p), ...TOL, label: 'θₜ (two numbers)' },
  mistakes: [
    {
      value: betaTwo,
      feedback:
        'The direction blends momentum and gradient with $\\beta_1 = 0.9$: $c_t = 0.9\\,m_{t-1} + 0.1\\,g_t$. $\\beta_2$ only updates the momentum afterwards.',
    },
    {
      value: signOfGradient,
      feedback:
        'Lion takes the sign of $c_t = \\beta_1 m_{t-1} + (1-\\beta_1)g_t$, not of the gradient alone: where the momentum outweighs $g_t$ the step goes the other way.',
    },
    {
      value: withoutDecay,
      feedback: 'The decoupled decay also moves the weights: subtract $\\eta\\lambda\\theta_{t-1}$ as well.',
    },
  ],
  hints: [
    md`
Compute $c_t = 0.9\,m_{t-1} + 0.1\,g_t$ coordinate by coordinate and keep only its sign.
    `,
    md`
Each coordinate then moves by $-\eta\big(\operatorname{sign}(c_{t,i}) + \lambda\theta_{t-1,i}\big)$: a step of size $\eta$ plus the decay.
    `,
  ],
  solution: (p) => {
    const c = p.m.map((mi, i) => 0.9 * mi + 0.1 * p.g[i]);
    const next = lionStep(p);
    return md`The blend is $c_t = 0.9\,m_{t-1} + 0.1\,g_t = (${c[0]}, ${c[1]})$, with signs $(${Math.sign(c[0])}, ${Math.sign(c[1])})$. Each coordinate moves by $-\eta(\operatorname{sign}(c_{t,i}) + \lambda\theta_{t-1,i})$:

$$\theta_t = (${next[0]}, ${next[1]}).$$

The size of the gradient never enters: every coordinate moves by $\eta$ plus its decay. (Computed with \`lion\` from \`@descent/optim\`; the momentum is then updated with $\beta_2$: $m_t = 0.99\,m_{t-1} + 0.01\,g_t$.)`;
  },
});
