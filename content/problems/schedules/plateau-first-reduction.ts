import { reduceLROnPlateau, type Rng } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

export interface P {
  patience: number;
  threshold: number;
  losses: number[];
}

/** The 1-based epoch whose step(val_loss) first reduces the lr (NaN if none), for a given controller. */
export function firstReduction(losses: readonly number[], patience: number, threshold: number): number {
  const c = reduceLROnPlateau({
    lr: 0.1,
    mode: 'min',
    factor: 0.1,
    patience,
    threshold,
    thresholdMode: 'abs',
    cooldown: 0,
  });
  let s = c.init();
  for (let e = 0; e < losses.length; e++) {
    s = c.observe(s, losses[e]);
    if (s.reduced) return e + 1;
  }
  return NaN;
}
/** The same count, but comparing each loss with the previous one instead of with the best. */
function againstPrevious(losses: readonly number[], patience: number, threshold: number): number {
  let bad = 0;
  for (let e = 1; e < losses.length; e++) {
    bad = losses[e] < losses[e - 1] - threshold ? 0 : bad + 1;
    if (bad > patience) return e + 1;
  }
  return NaN;
}
/** The count when every lower loss replaces best, even one that does not beat it by the threshold. */
function againstLowest(losses: readonly number[], patience: number, threshold: number): number {
  let best = losses[0];
  let bad = 0;
  for (let e = 1; e < losses.length; e++) {
    bad = losses[e] < best - threshold ? 0 : bad + 1;
    best = Math.min(best, losses[e]);
    if (bad > patience) return e + 1;
  }
  return NaN;
}
/** Whether some loss lands exactly on best − threshold, where rounding in the subtraction, not the rule, would decide. */
function hasTie({ losses, threshold }: P): boolean {
  let best = Infinity;
  for (const l of losses) {
    if (Math.abs(l - (best - threshold)) < 1e-9) return true;
    if (l < best - threshold) best = l;
  }
  return false;
}
const unless = (v: number, ...same: number[]) => (same.includes(v) ? NaN : v);
const ordinal = (n: number) => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

const draw = (rng: Rng): P => {
  const patience = rng.pick([2, 3, 4]);
  const threshold = rng.pick([0.01, 0.02]);
  const losses: number[] = [];
  let v = rng.pick([1.2, 0.95, 0.8]);
  // Real progress, then creeping improvements smaller than the threshold, then noise on a plateau.
  const drops = rng.int(2, 5);
  for (let i = 0; i < drops; i++) {
    losses.push(r3(v));
    v -= threshold * rng.pick([4, 6, 9]);
  }
  const creep = rng.int(2, 5);
  for (let i = 0; i < creep; i++) {
    losses.push(r3(v));
    v -= threshold * rng.pick([0.3, 0.45, 0.6]);
  }
  while (losses.length < drops + creep + patience + 6)
    losses.push(r3(v + threshold * rng.pick([-0.4, -0.2, 0.1, 0.3, 0.5])));
  return { patience, threshold, losses };
};

export default defineProblem<P>({
  id: 'plateau-first-reduction',
  lesson: 'schedules',
  title: 'When ReduceLROnPlateau first acts',
  params: (rng) => {
    for (;;) {
      const p = draw(rng);
      if (!hasTie(p)) return p;
    }
  },
  prompt: ({
    patience,
    threshold,
    losses,
  }) => md`A training loop calls \`scheduler.step(val_loss)\` once per epoch on \`ReduceLROnPlateau(optimizer, mode='min', factor=0.1, patience=${patience}, threshold=${threshold}, threshold_mode='abs', cooldown=0)\`. An epoch is an improvement when its loss is below $\text{best} - ${threshold}$, where best is the loss of the last epoch that counted as an improvement (epoch 1 always does): a lower loss that does not beat best by more than ${threshold} does not replace it. Otherwise the bad-epoch counter grows, and the rate is cut as soon as the counter exceeds \`patience\`. The validation losses of epochs 1, 2, 3, … are

${losses.map((l) => l.toFixed(3)).join(', ')}.

**After which epoch's \`scheduler.step(val_loss)\` is the learning rate first reduced?**`,
  answer: {
    kind: 'number',
    value: (p) => firstReduction(p.losses, p.patience, p.threshold),
    atol: 0.01,
    label: 'Epoch number (an integer)',
  },
  mistakes: [
    {
      value: (p) => firstReduction(p.losses, p.patience, p.threshold) - 1,
      feedback: (p) =>
        md`One epoch early: the counter must *exceed* \`patience\`, so the cut comes on the ${ordinal(p.patience + 1)} bad epoch in a row, not the ${ordinal(p.patience)}.`,
    },
    {
      value: (p) =>
        unless(
          firstReduction(p.losses, p.patience, 0),
          firstReduction(p.losses, p.patience, p.threshold),
          firstReduction(p.losses, p.patience, p.threshold) - 1,
        ),
      feedback: (p) =>
        md`You counted every decrease as an improvement. With \`threshold=${p.threshold}\` (absolute), a loss must beat the best by more than ${p.threshold} to reset the counter.`,
    },
    {
      value: (p) => {
        const k = firstReduction(p.losses, p.patience, p.threshold);
        return unless(
          againstPrevious(p.losses, p.patience, p.threshold),
          k,
          k - 1,
          firstReduction(p.losses, p.patience, 0),
        );
      },
      feedback:
        'You compared each loss with the previous epoch. The controller compares with best, the loss of the last improving epoch, so small improvements add up until one beats best − threshold.',
    },
    {
      value: (p) => {
        const k = firstReduction(p.losses, p.patience, p.threshold);
        return unless(
          againstLowest(p.losses, p.patience, p.threshold),
          k,
          k - 1,
          firstReduction(p.losses, p.patience, 0),
          againstPrevious(p.losses, p.patience, p.threshold),
        );
      },
      feedback:
        'You let every lower loss become best. Only an improvement (a loss below best − threshold) replaces best, so small improvements add up until one beats it.',
    },
  ],
  hints: [
    ({ threshold }) =>
      md`Keep two numbers as you read the list: best (the loss of the last improving epoch) and the count of bad epochs. An epoch is good only if its loss is below best − ${threshold}; only then does it become best.`,
    ({ patience }) =>
      md`The cut happens when the count reaches ${patience + 1} (it must exceed patience = ${patience}).`,
  ],
  solution: (p) => {
    const c = reduceLROnPlateau({
      lr: 0.1,
      mode: 'min',
      factor: 0.1,
      patience: p.patience,
      threshold: p.threshold,
      thresholdMode: 'abs',
    });
    let s = c.init();
    const rows: string[] = [];
    for (const [e, l] of p.losses.entries()) {
      s = c.observe(s, l);
      rows.push(
        `- epoch ${e + 1}: loss ${l.toFixed(3)}, best ${s.best.toFixed(3)}, bad epochs ${s.reduced ? `${p.patience + 1} > ${p.patience}: cut (the counter resets to 0)` : s.numBadEpochs}`,
      );
      if (s.reduced) break;
    }
    const answer = firstReduction(p.losses, p.patience, p.threshold);
    return `Track the best loss and the bad-epoch counter after each call:

${rows.join('\n')}

The counter first exceeds patience = ${p.patience} at epoch ${answer}, so that call of \`scheduler.step(val_loss)\` cuts the rate by the factor 0.1. (Computed with \`reduceLROnPlateau\` from \`@descent/optim\`.)`;
  },
});
