import { linearScalingRule } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

export default defineProblem({
  id: 'sgd-linear-scaling',
  lesson: 'sgd',
  title: 'The linear scaling rule',
  params: (rng) => {
    const b0 = rng.pick([64, 128, 256]);
    return { lr0: rng.pick([0.05, 0.1, 0.2]), b0, k: rng.pick([2, 4, 8, 16, 32]) };
  },
  prompt: ({ lr0, b0, k }) =>
    md`A model trains well with SGD at learning rate $\eta = ${lr0}$ and batch size $${b0}$. You move to batch size $${k * b0}$. **What learning rate does the linear scaling rule of Goyal et al. (2017) prescribe?**`,
  answer: { kind: 'number', value: ({ lr0, b0, k }) => linearScalingRule(lr0, b0, k * b0), sigFigs: 3 },
  mistakes: [
    {
      value: ({ lr0, k }) => lr0 * Math.sqrt(k),
      feedback:
        'That is the square-root scaling rule (which keeps the update variance fixed). The linear rule multiplies the rate by the batch factor itself.',
    },
    {
      value: ({ lr0, k }) => lr0 / k,
      feedback:
        'The rule goes the other way: a larger batch averages away noise, so the step is made *larger*, by the same factor as the batch.',
    },
  ],
  hints: [
    md`
The rule: when the mini-batch grows by a factor $k$, multiply the learning rate by $k$.
    `,
    ({ b0, k }) => md`Here $k = ${k * b0}/${b0} = ${k}$.`,
  ],
  solution: ({ lr0, b0, k }) => md`The batch grows by $k = ${k * b0}/${b0} = ${k}$, so

$$\eta' = k\,\eta = ${k} \cdot ${lr0} = ${linearScalingRule(lr0, b0, k * b0)}.$$

Goyal et al. pair the rule with a gradual warmup (a linear ramp from $\eta$ to $k\eta$ over the first 5 epochs), and it stops working for very large batches.`,
});
