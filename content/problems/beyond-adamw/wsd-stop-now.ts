import { wsd, wsdStopAt } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';
import { distinctOrNaN } from '../../../src/lib/problems/distinct.ts';

export interface P {
  lr: number;
  total: number;
  stop: number;
  /** Steps into the new decay at which the rate is asked. */
  into: number;
}
const TOL = { sigFigs: 3 } as const;
const plan = (p: P) => ({ lr: p.lr, totalSteps: p.total, decayFraction: 0.2 });
/** The rate at step stop + into of the run branched into its decay at `stop` (package `wsdStopAt`). */
const key = (p: P) => wsd(wsdStopAt(plan(p), p.stop))(p.stop + p.into);
const planDecay = (p: P) =>
  wsd({ ...plan(p), decayStart: p.stop, decaySteps: Math.round(0.2 * p.total) })(p.stop + p.into);
const fifthOfStop = (p: P) =>
  wsd({ ...plan(p), decayStart: p.stop, decaySteps: Math.round(0.2 * p.stop) })(p.stop + p.into);
const linear = (p: P) => wsd({ ...wsdStopAt(plan(p), p.stop), decayShape: 'linear' })(p.stop + p.into);

export default defineProblem<P>({
  id: 'wsd-stop-now',
  lesson: 'beyond-adamw',
  title: 'Stopping a WSD run early',
  params: (rng) => {
    const total = rng.pick([10000, 20000, 50000]);
    const stop = Math.round(rng.pick([0.4, 0.5, 0.6]) * total);
    const decay = Math.round(stop / 4);
    return {
      lr: rng.pick([1e-3, 3e-4, 6e-4]),
      total,
      stop,
      into: Math.round(decay * rng.pick([0.25, 0.36, 0.64])),
    };
  },
  prompt: ({ lr, total, stop, into }) =>
    md`A run was planned for $T = ${total}$ updates with a warmup–stable–decay schedule: peak rate $\eta = ${lr}$, and a final decay over 20 % of the run with the shape $1 - \sqrt{p}$ to $0$. The budget is cut: at step ${stop}, still in the stable phase, you branch into the decay now, keeping the decay at 20 % of the new run's total length. **What is the learning rate at step ${stop + into}?**`,
  answer: { kind: 'number', value: key, ...TOL, label: 'η at that step' },
  mistakes: [
    {
      value: (p) => distinctOrNaN(planDecay(p), TOL, key(p)),
      feedback:
        "That keeps the decay length of the original plan ($0.2T$). The new run ends earlier: if the decay is 20 % of a run of length $T'$ that decays from step $s$, then $s = 0.8\\,T'$ and the decay lasts $0.25\\,s$.",
    },
    {
      value: (p) => distinctOrNaN(fifthOfStop(p), TOL, key(p), planDecay(p)),
      feedback:
        "The decay is 20 % of the *new total*, which includes the decay itself: $0.2\\,T' = 0.25\\,s$, not $0.2\\,s$.",
    },
    {
      value: (p) => distinctOrNaN(linear(p), TOL, key(p), planDecay(p), fifthOfStop(p)),
      feedback: 'The shape is $1 - \\sqrt{p}$, not the linear $1 - p$.',
    },
  ],
  hints: [
    md`
The new run decays from step $s$ to its end $T'$, and the decay is $0.2\,T'$ long: so $T' = s/0.8$.
    `,
    md`
At progress $p$ through the decay (steps into it divided by its length) the rate is $\eta\,(1 - \sqrt p)$.
    `,
  ],
  solution: (p) => {
    const d = Math.round(p.stop / 4);
    return md`Branching at $s = ${p.stop}$ with a decay that is 20 % of the new total $T' = s/0.8 = ${p.stop / 0.8}$ gives a decay of $D' = ${d}$ steps. Step ${p.stop + p.into} is $${p.into}$ steps in, progress $p = ${p.into}/${d} = ${p.into / d}$, so

$$\eta_t = ${p.lr}\,\big(1 - \sqrt{${p.into / d}}\big) = ${key(p)}.$$

(Computed with \`wsdStopAt\` and \`wsd\` from \`@descent/optim\`.)`;
  },
});
