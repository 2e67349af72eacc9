import { applyUpdates, scheduleFreeSgd, type Vec } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

export interface P {
  beta: number;
  lr: number;
}
/** x after two Schedule-Free SGD steps on ½θ² from 1, by the package: is it the mean of z₁, z₂? */
function twoSteps({ beta, lr }: P) {
  const tx = scheduleFreeSgd({ lr, momentum: beta });
  let state = tx.init(Float64Array.of(1));
  let y: Vec = Float64Array.of(1);
  const zs: number[] = [];
  for (let t = 0; t < 2; t++) {
    const r = tx.update(Float64Array.of(y[0]), state, y);
    state = r.state;
    y = applyUpdates(y, r.updates);
    zs.push(state.z[0]);
  }
  return { x: (state.x as Float64Array)[0], meanZ: (zs[0] + zs[1]) / 2 };
}

export default defineProblem<P>({
  id: 'schedule-free-sequences',
  lesson: 'beyond-adamw',
  title: 'The three sequences of Schedule-Free SGD',
  params: (rng) => ({ beta: rng.pick([0.5, 0.8, 0.9]), lr: rng.pick([0.1, 0.5, 1]) }),
  prompt: ({ beta, lr }) =>
    md`Schedule-Free SGD runs with a constant step $\eta = ${lr}$ and $\beta = ${beta}$: $y_t = (1-\beta)z_t + \beta x_t$, $z_{t+1} = z_t - \eta\nabla f(y_t)$, $x_{t+1} = (1 - c_{t+1})x_t + c_{t+1}z_{t+1}$ with $c_{t+1} = 1/(t+1)$. **Select every true statement.**`,
  answer: {
    kind: 'choice',
    multiple: true,
    options: (p) => {
      const { x, meanZ } = twoSteps(p);
      return [
        {
          id: 'x-is-mean',
          label: md`
After two updates from $x_0 = z_0$, $x_2 = \tfrac12(z_1 + z_2)$.
          `,
          correct: Math.abs(x - meanZ) < 1e-12,
          feedback:
            '$c_1 = 1$ makes $x_1 = z_1$, and $c_2 = 1/2$ averages in $z_2$: $x_t$ is the mean of $z_1, \\dots, z_t$.',
        },
        {
          id: 'eval-at-x',
          label: md`
The model should be evaluated and saved at $x$, not at the parameters the gradients are taken at.
          `,
          correct: true,
          feedback:
            'Gradients are taken at $y$; $x$ is the average the method’s guarantee is about (the reference’s `optimizer.eval()` swaps it in).',
        },
        {
          id: 'beta-zero-pr',
          label: md`
With $\beta = 0$ the method is SGD on $z$ with Polyak–Ruppert averaging of its iterates.
          `,
          correct: true,
          feedback: 'At $\\beta = 0$, $y = z$: plain SGD, and $x$ averages its iterates.',
        },
        {
          id: 'needs-T',
          label: md`
The averaging weights $c_{t+1}$ must be computed from the planned number of steps $T$.
          `,
          correct: false,
          feedback:
            'No $T$ appears: $c_{t+1} = 1/(t+1)$ for a constant step (and $\\eta_{\\max}^2/\\sum\\eta_{\\max}^2$ with a warmup).',
        },
        {
          id: 'beta-one-z',
          label: md`
With $\beta = 1$ the gradients are taken at $z$.
          `,
          correct: false,
          feedback: 'At $\\beta = 1$, $y = x$: gradients at the average itself (primal averaging).',
        },
        {
          id: 'extra-memory-free',
          label: md`
It needs no more state than plain SGD: the parameters alone.
          `,
          correct: false,
          feedback:
            'It stores $z$ besides the parameters $y$ ($x$ can be recovered from the two); with Adam’s normalisation also $v$.',
        },
      ];
    },
  },
  hints: [
    md`
Write out $c_1$ and $c_2$, and ask what $y_t$ becomes at $\beta = 0$ and at $\beta = 1$.
    `,
  ],
  solution: () => md`
True: $x_t$ is the running mean of $z_1, \dots, z_t$ for a constant step; evaluate at $x$; $\beta = 0$ is Polyak–Ruppert averaging of SGD. False: nothing depends on $T$; $\beta = 1$ takes gradients at $x$ (primal averaging), not $z$; the method stores $z$ as well as the parameters. (The first statement is checked by running \`scheduleFreeSgd\` from \`@descent/optim\` for two steps.)
  `,
});
