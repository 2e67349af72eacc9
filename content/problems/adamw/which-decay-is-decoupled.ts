import { defineProblem, md } from '../../../src/lib/problems/index.ts';

export default defineProblem({
  id: 'which-decay-is-decoupled',
  lesson: 'adamw',
  title: 'Which calls apply decoupled weight decay?',
  params: (rng) => ({ wd: rng.pick([0.01, 0.05, 0.1]), lr: rng.pick([1e-3, 3e-4]) }),
  prompt: ({ lr }) =>
    md`Each call below configures an Adam-type optimizer with learning rate ${lr} and a decay coefficient. **Select every one whose decay is *decoupled*** — applied to the weights directly, not added to the gradient before Adam's normalisation.`,
  answer: {
    kind: 'choice',
    multiple: true,
    options: ({ wd, lr }) => [
      {
        id: 'torch-adamw',
        label: md`\`torch.optim.AdamW(params, lr=${lr}, weight_decay=${wd})\``,
        correct: true,
        feedback: 'AdamW multiplies the weights by $1 - \\eta\\lambda$ outside the normalisation: decoupled.',
      },
      {
        id: 'torch-adam',
        label: md`\`torch.optim.Adam(params, lr=${lr}, weight_decay=${wd})\``,
        correct: false,
        feedback:
          'Adam’s `weight_decay` adds $\\lambda\\theta$ to the gradient before the moments: coupled L2, divided by $\\sqrt{\\hat v}$.',
      },
      {
        id: 'optax-adamw',
        label: md`\`optax.adamw(${lr}, weight_decay=${wd})\``,
        correct: true,
        feedback:
          'optax.adamw chains `add_decayed_weights` after `scale_by_adam`: decoupled (and lr-scaled, like PyTorch).',
      },
      {
        id: 'optax-chain-before',
        label: md`\`optax.chain(optax.add_decayed_weights(${wd}), optax.adam(${lr}))\``,
        correct: false,
        feedback:
          'Here `add_decayed_weights` comes *before* Adam’s scaling, so $\\lambda\\theta$ is normalised with the gradient: that is L2, not AdamW.',
      },
      {
        id: 'keras-adam',
        label: md`\`keras.optimizers.Adam(learning_rate=${lr}, weight_decay=${wd})\``,
        correct: true,
        feedback:
          'In Keras 3 every optimizer’s `weight_decay` is decoupled: the variable is shrunk by $\\eta\\lambda$ directly.',
      },
      {
        id: 'loss-penalty',
        label: md`\`torch.optim.Adam(params, lr=${lr})\` with \`loss + ${wd / 2} * (w**2).sum()\``,
        correct: false,
        feedback:
          'A penalty in the loss reaches Adam through the gradient: it is L2 regularisation, normalised by $\\sqrt{\\hat v}$.',
      },
    ],
  },
  hints: [
    md`
Ask where $\lambda\theta$ enters: before Adam's division by $\sqrt{\hat v}$ (coupled, L2) or after it (decoupled).
    `,
    md`
In a chain of transformations the order of the parts is the order in which they act on the gradient.
    `,
  ],
  solution: () => md`
Decoupled: \`torch.optim.AdamW\`, \`optax.adamw\` (\`scale_by_adam\`, then \`add_decayed_weights\`, then the learning rate) and Keras' \`weight_decay\` (applied to the variables by every Keras optimizer). Coupled L2: \`torch.optim.Adam(weight_decay=…)\`, \`add_decayed_weights\` placed _before_ \`adam\` in an optax chain, and a penalty written into the loss — in all three $\lambda\theta$ is part of the gradient that Adam normalises.
  `,
});
