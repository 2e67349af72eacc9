import { lookahead, sgd } from '@descent/optim';
import { defineProblem, md, paren } from '../../../src/lib/problems/index.ts';

interface P {
  phi: number;
  theta: number;
  alpha: number;
  k: number;
}

/** Drives the package's lookahead(sgd(lr = 1)) so that the fast weight reaches `theta` after k steps from `phi`; returns θ after the sync. */
function synced({ phi, theta, alpha, k }: P): number {
  const tx = lookahead(sgd({ lr: 1 }), { k, alpha });
  let params = Float64Array.from([phi]);
  let state = tx.init(params);
  for (let i = 0; i < k; i++) {
    // zero gradients, then one step of −(θ − φ) so the fast weight lands on θ at step k
    const g = Float64Array.from([i === k - 1 ? phi - theta : 0]);
    const r = tx.update(g, state, params);
    state = r.state;
    params = Float64Array.from([params[0] + r.updates[0]]);
  }
  return params[0];
}

export default defineProblem<P>({
  id: 'capstone-lookahead-sync',
  lesson: 'capstone',
  title: 'One Lookahead synchronisation',
  params: (rng) => ({
    phi: rng.pick([1, 2, -0.5, 0.4]),
    theta: rng.pick([0.2, -1, 1.6, 3]),
    alpha: rng.pick([0.3, 0.6, 0.8]),
    k: rng.pick([5, 10]),
  }),
  prompt: (p) =>
    md`Lookahead (Zhang et al. 2019) runs an inner optimizer for $k = ${p.k}$ steps from the slow weights. A parameter's slow weight is $\bar\theta = ${p.phi}$; after the $${p.k}$ inner steps its fast weight is $\theta = ${p.theta}$. With $\omega = ${p.alpha}$, **what value does the parameter take after the synchronisation** (where the next $k$ fast steps start)?`,
  answer: { kind: 'number', value: synced, sigFigs: 3, label: 'New value' },
  mistakes: [
    {
      value: (p) => p.theta + p.alpha * (p.phi - p.theta),
      feedback:
        'You moved the fast weights towards the slow ones. Lookahead moves the *slow* weights a fraction $\\omega$ towards the fast ones: $\\bar\\theta + \\omega(\\theta - \\bar\\theta)$.',
    },
    {
      value: (p) => p.theta,
      feedback:
        'That keeps the fast weight. After $k$ steps the slow weights take a step of size $\\omega$ towards it, and the fast weights restart from there.',
    },
    {
      value: (p) => p.phi + (p.alpha * (p.theta - p.phi)) / p.k,
      feedback:
        'The slow step is $\\omega(\\theta - \\bar\\theta)$, not divided by $k$: $\\theta - \\bar\\theta$ is already the whole exploration of the $k$ steps.',
    },
  ],
  hints: [
    md`
The slow update is $\bar\theta \leftarrow \bar\theta + \omega(\theta - \bar\theta)$; then $\theta \leftarrow \bar\theta$.
    `,
  ],
  solution: (
    p,
  ) => md`$$\bar\theta + \omega(\theta - \bar\theta) = ${p.phi} + ${p.alpha}\,(${p.theta} - ${paren(p.phi)}) = ${synced(p)}.$$

The fast weights restart from this value. With $\omega = 1$ it would be $\theta$ (plain inner optimizer); with small $\omega$ it stays near $\bar\theta$. (Computed with \`lookahead(sgd(…), { k: ${p.k}, alpha: ${p.alpha} })\` from \`@descent/optim\`.)`,
});
