import { defineProblem, md } from '../../../src/lib/problems/index.ts';

export interface P {
  /** Epochs of the run and batches per epoch. */
  epochs: number;
  batches: number;
  /** The MultiStepLR milestone, in epochs. */
  milestone: number;
}

export default defineProblem<P>({
  id: 'scheduler-setups',
  lesson: 'schedules',
  title: 'Which scheduler setups do what their comment says?',
  params: (rng) => {
    const epochs = rng.pick([30, 90, 100]);
    return { epochs, batches: rng.pick([391, 782, 1252]), milestone: Math.round(epochs / rng.pick([2, 3])) };
  },
  prompt: ({ epochs, batches }) =>
    md`A run trains for ${epochs} epochs of ${batches} mini-batches with PyTorch. Each setup below is followed by the comment its author wrote. **Select every setup that does what its comment says.**`,
  answer: {
    kind: 'choice',
    multiple: true,
    options: ({ epochs, batches, milestone }) => [
      {
        id: 'cosine-epochs-per-batch',
        label: md`\`CosineAnnealingLR(opt, T_max=${epochs})\`, \`scheduler.step()\` after every batch — "cosine decay to 0 over the run"`,
        correct: false,
        feedback: md`\`T_max\` counts \`scheduler.step()\` calls. Stepped per batch, the rate reaches 0 after ${epochs} batches, climbs back to the full rate after ${2 * epochs} and keeps cycling with period ${2 * epochs} batches.`,
      },
      {
        id: 'cosine-updates',
        label: md`\`CosineAnnealingLR(opt, T_max=${epochs * batches})\`, \`scheduler.step()\` after every batch — "cosine decay to 0 over the run"`,
        correct: true,
        feedback: md`Yes: ${epochs} × ${batches} = ${epochs * batches} calls, one per update, so the cosine ends exactly at the last update.`,
      },
      {
        id: 'onecycle-plain-sgd',
        label: md`\`SGD(params, lr=0.1, momentum=0)\` with \`OneCycleLR(opt, max_lr=0.1, total_steps=${epochs * batches})\` — "plain SGD, without momentum"`,
        correct: false,
        feedback:
          '`OneCycleLR` cycles momentum by default (`cycle_momentum=True`): it sets the SGD momentum to 0.95 when it is built and moves it between 0.85 and 0.95. Pass `cycle_momentum=False` to keep plain SGD.',
      },
      {
        id: 'onecycle-no-momentum',
        label: md`\`SGD(params, lr=0.1, momentum=0)\` with \`OneCycleLR(opt, max_lr=0.1, total_steps=${epochs * batches}, cycle_momentum=False)\` — "plain SGD, without momentum"`,
        correct: true,
        feedback: 'Yes: with `cycle_momentum=False` the scheduler leaves the momentum at 0.',
      },
      {
        id: 'step-before',
        label: md`\`MultiStepLR(opt, milestones=[${milestone}], gamma=0.1)\`, \`scheduler.step()\` at the *start* of each epoch, before any \`optimizer.step()\` — "epochs 1 to ${milestone} at the full rate"`,
        correct: false,
        feedback: md`Stepping first skips the scheduler's first value: epoch $e$ runs after $e$ calls, so epoch ${milestone} already runs at the reduced rate. Call \`optimizer.step()\`, then \`scheduler.step()\`.`,
      },
      {
        id: 'plateau-accuracy',
        label: md`
\`ReduceLROnPlateau(opt, mode='max', patience=5)\`, \`scheduler.step(val_accuracy)\` after each epoch's validation — "cut the rate when validation accuracy stops improving"
        `,
        correct: true,
        feedback:
          "Yes: accuracy should go up, so `mode='max'` counts an epoch as bad when the accuracy does not exceed the best by the threshold.",
      },
    ],
  },
  hints: [
    md`
Every count in a scheduler — \`T_max\`, \`total_steps\`, \`milestones\` — counts calls of \`scheduler.step()\`, whatever they are called per.
    `,
    md`
\`OneCycleLR\` schedules more than the learning rate by default. And after $k$ calls of \`scheduler.step()\` the rate is $\eta(k)$: the order of the two \`step()\` calls decides which $k$ an update sees.
    `,
  ],
  solution: ({ epochs, batches, milestone }) => md`
Three setups do what they say:

- \`T_max=${epochs * batches}\` stepped per batch decays over exactly the ${epochs * batches} updates of the run; \`T_max=${epochs}\` stepped per batch reaches 0 after ${epochs} batches and then climbs back (period ${2 * epochs}).
- \`OneCycleLR\` sets SGD's momentum to 0.95 unless \`cycle_momentum=False\`: "plain SGD" needs the flag.
- With \`scheduler.step()\` *before* \`optimizer.step()\`, epoch $e$ uses $\eta(e)$ instead of $\eta(e - 1)$, so the milestone ${milestone} already applies to epoch ${milestone} (PyTorch warns about this order).
- \`mode='max'\` is right for an accuracy.
  `,
});
