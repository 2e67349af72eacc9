import { dataset2d, mlp, sgd, trainMlp } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';
import { texNumber } from '../../../src/lib/typeset/texNumber.ts';

interface P {
  divergedFirst: boolean;
  lrBig: number;
  seed: number;
}

/** Two logged runs of a linear-activation network on the same data: η = 0.05 and a large η. */
function logs({ lrBig, seed }: P) {
  const data = dataset2d({ kind: 'gauss', n: 100, noise: 0.1, seed });
  const net = mlp({ sizes: [2, 4, 1], activation: 'linear', seed });
  const run = (lr: number) =>
    trainMlp({
      net,
      transform: sgd({ lr, momentum: 0.9 }),
      train: data,
      batchSize: 10,
      seed,
      steps: STEPS,
      evalEvery: EVERY,
    });
  return { good: run(0.05), bad: run(lrBig) };
}
const STEPS = 24;
const EVERY = 3;

/** A seed whose logs show the story clearly: the small-η run falls, the large-η one is stopped after at least two logged points. */
export function clearSeed(lrBig: number, first: number): number {
  for (let k = 0; k < 200; k++) {
    const seed = ((first + 37 * k) % 999) + 1;
    const { good, bad } = logs({ divergedFirst: true, lrBig, seed });
    const g = good.history;
    if (
      good.divergedAt === null &&
      g[g.length - 1].trainLoss < g[0].trainLoss &&
      bad.divergedAt !== null &&
      bad.divergedAt >= 7
    )
      return seed;
  }
  return 1;
}
/** A logged loss in a table cell: three decimals, or a power of ten once it has blown up. */
const fmt = (x: number) =>
  !Number.isFinite(x) ? '$\\infty$' : x < 1000 ? x.toFixed(3) : `$${texNumber(x, { digits: 3 })}$`;

/**
 * The shape of the diverging run's logged loss, in words: about four variants in ten fall at the
 * first logged update before they blow up, and the text must say what the student sees.
 */
export function divergenceShape(p: P): { dropsFirst: boolean; words: string } {
  const h = logs(p).bad.history;
  const dropsFirst = h[1].trainLoss < h[0].trainLoss;
  const peak = h[h.length - 1];
  return {
    dropsFirst,
    words: dropsFirst
      ? `its loss first falls (from ${fmt(h[0].trainLoss)} to ${fmt(h[1].trainLoss)} at update ${h[1].step}), then grows by orders of magnitude (${fmt(peak.trainLoss)} at update ${peak.step}) until the run is stopped`
      : `its loss grows from the first logged update on (${fmt(h[0].trainLoss)}, then ${fmt(h[1].trainLoss)}, up to ${fmt(peak.trainLoss)} at update ${peak.step}) until the run is stopped`,
  };
}

export { logs };

export default defineProblem<P>({
  id: 'capstone-diverged-run',
  lesson: 'capstone',
  title: 'Which run diverged, and why?',
  params: (rng) => {
    const lrBig = rng.pick([8, 10]);
    return { divergedFirst: rng.pick([true, false]), lrBig, seed: clearSeed(lrBig, rng.int(0, 999)) };
  },
  prompt: (p) => {
    const { good, bad } = logs(p);
    const [a, b] = p.divergedFirst ? [bad, good] : [good, bad];
    const row = (r: typeof good, t: number) => {
      const pt = r.history.find((h) => h.step === t);
      return pt ? fmt(pt.trainLoss) : r.divergedAt !== null && t >= r.divergedAt ? 'stopped' : '—';
    };
    const steps = Array.from({ length: STEPS / EVERY + 1 }, (_, i) => i * EVERY);
    // One row per logged update, so the table stays three columns wide on a phone.
    const rows = steps.map((t) => `| ${t} | ${row(a, t)} | ${row(b, t)} |`).join('\n');
    return md`Two runs train the same network (linear units, SGD with momentum 0.9, batch 10) from the same initialisation on the same batches; only $\eta$ differs. Their logged training losses:

| update $t$ | run A | run B |
|---:|---:|---:|
${rows}

A run is stopped when its loss is non-finite or above $10^6$. **Which statement is right?**`;
  },
  answer: {
    kind: 'choice',
    options: (p) => {
      const bad = p.divergedFirst ? 'A' : 'B';
      const good = p.divergedFirst ? 'B' : 'A';
      return [
        {
          id: 'big-lr',
          label: `Run ${bad} diverged: its η is too large, so the steps overshoot by more each time and the loss ends up growing without bound`,
          correct: true,
          feedback: `Yes: ${divergenceShape(p).words}. With linear units nothing saturates: once a step overshoots past the stable range, the next gradient is larger, and the loss grows geometrically.`,
        },
        {
          id: 'other',
          label: `Run ${good} diverged: its loss stopped falling`,
          correct: false,
          feedback: `Run ${good}'s loss decreases and stays finite: that is convergence (perhaps slow), not divergence. Divergence is a loss that grows without bound — look at run ${bad}.`,
        },
        {
          id: 'noise',
          label: `Run ${bad} diverged because it saw noisier mini-batches`,
          correct: false,
          feedback:
            'Both runs saw exactly the same batches from the same start; the only difference is η. Too large a step, not noise, blew it up.',
        },
        {
          id: 'neither',
          label: 'Neither diverged; the large numbers are a logging artefact',
          correct: false,
          feedback: `The loss of run ${bad} grows by orders of magnitude and the run was stopped: that is divergence.`,
        },
      ];
    },
  },
  hints: [
    md`
Divergence is a loss that grows without bound; a slowly falling loss is not divergence. A run can fall at first and still diverge.
    `,
    md`
The two runs differ only in $\eta$.
    `,
  ],
  solution: (p) =>
    md`Run ${p.divergedFirst ? 'A' : 'B'} (η = ${p.lrBig}) diverged: ${divergenceShape(p).words}, while run ${p.divergedFirst ? 'B' : 'A'} (η = 0.05) decreases steadily.${divergenceShape(p).dropsFirst ? ' The first drop is no sign of health: the first steps can land on the other side of the valley lower down before the overshoots grow.' : ''} Both used the same initialisation and mini-batches, so the cause is the step size: past the stable range, each overshoot makes the next gradient larger. The fix is a smaller η (or a warmup that reaches it gradually).`,
});
