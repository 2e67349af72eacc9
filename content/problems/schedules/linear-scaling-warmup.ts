import { linearLR, linearScalingRule, type Rng } from '@descent/optim';
import { defineProblem, distinctOrNaN, md } from '../../../src/lib/problems/index.ts';

const TOL = { sigFigs: 4 };
/** The slip's value, or NaN when it could not be told apart from the key or an earlier slip. */
export const apart = (v: number, ...others: number[]) => distinctOrNaN(v, TOL, ...others);

export interface P {
  k: number;
  iters: number;
  warmEpochs: number;
  update: number;
}
const BASE_LR = 0.1;
const BASE_BATCH = 256;
const target = (p: P) => linearScalingRule(BASE_LR, BASE_BATCH, BASE_BATCH * p.k);
const warmSteps = (p: P) => p.warmEpochs * p.iters;
const eta = (p: P, steps: number) =>
  linearLR({ lr: target(p), startFactor: 1 / p.k, endFactor: 1, totalIters: warmSteps(p) })(steps);
const at = (p: P) => eta(p, p.update - 1);

const draw = (rng: Rng): P => {
  const iters = rng.pick([100, 125, 200, 250]);
  const warmEpochs = rng.pick([2, 5]);
  const W = iters * warmEpochs;
  return {
    k: rng.pick([4, 8, 16, 32]),
    iters,
    warmEpochs,
    update: Math.round(W * rng.pick([0.1, 0.25, 0.5, 0.8])) + 1,
  };
};

export default defineProblem<P>({
  id: 'linear-scaling-warmup',
  lesson: 'schedules',
  title: 'Linear scaling with gradual warmup',
  params: draw,
  prompt: (p) =>
    md`A recipe tuned with batch size ${BASE_BATCH} and \`lr\` $= ${BASE_LR}$ is moved to batch size ${BASE_BATCH * p.k}, where one epoch is ${p.iters} updates. Following Goyal et al. (2017), the learning rate is scaled linearly with the batch and reached by a gradual warmup: it starts at ${BASE_LR} and rises linearly, once per update, to the scaled rate over the first ${p.warmEpochs} epochs (in PyTorch: \`LinearLR\` with \`start_factor\` $= 1/k$ and \`total_iters\` $= ${warmSteps(p)}$ on the scaled \`lr\`, stepped after every update). Updates are numbered from 1. **What learning rate does update number $${p.update}$ use?**`,
  answer: { kind: 'number', value: at, ...TOL, label: 'Learning rate' },
  mistakes: [
    {
      value: (p) => target(p),
      feedback: (p) =>
        md`That is the scaled rate $k\eta = ${target(p)}$, reached only after the warmup's ${warmSteps(p)} updates; update ${p.update} is still inside it.`,
    },
    {
      value: (p) => (target(p) * (p.update - 1)) / warmSteps(p),
      feedback: md`That ramps from 0. Goyal et al.'s warmup starts at the small-batch rate ${BASE_LR} and rises from there to $k\eta$.`,
    },
    {
      value: (p) => apart(eta(p, p.update), at(p)),
      feedback: (p) =>
        md`Off by one: update ${p.update} runs after ${p.update - 1} scheduler steps, not ${p.update}.`,
    },
  ],
  hints: [
    (p) =>
      md`The batch grew by $k = ${BASE_BATCH * p.k}/${BASE_BATCH} = ${p.k}$, so the target rate is $k \cdot ${BASE_LR}$. The warmup lasts ${p.warmEpochs} epochs of ${p.iters} updates.`,
    (p) =>
      md`Before update ${p.update}, ${p.update - 1} scheduler steps have run; interpolate linearly between ${BASE_LR} and the target.`,
  ],
  solution: (p) => {
    const W = warmSteps(p);
    const kSteps = p.update - 1;
    return md`The batch grew by $k = ${p.k}$, so the target is $${p.k} \cdot ${BASE_LR} = ${target(p)}$. The warmup lasts $W = ${p.warmEpochs} \cdot ${p.iters} = ${W}$ updates. Update ${p.update} runs after ${kSteps} steps, so

$$\eta = ${BASE_LR} + (${target(p)} - ${BASE_LR})\cdot\frac{${kSteps}}{${W}} = ${at(p)}.$$

(Computed with \`linearScalingRule\` and \`linearLR({ lr: ${target(p)}, startFactor: 1/${p.k}, totalIters: ${W} })\` from \`@descent/optim\`.)`;
  },
});
