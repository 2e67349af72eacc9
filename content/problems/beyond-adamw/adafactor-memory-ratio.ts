import { adafactor, adam, optimizerMemory, paramLayout } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

export interface P {
  optimizer: 'Adam' | 'AdamW';
}
/** Adafactor's state over Adam's for an n×m matrix, measured on the two optimizers' own states. */
const ratio = () => (v: Readonly<Record<string, number>>) => {
  const layout = paramLayout([[Math.round(v.n), Math.round(v.m)]]);
  return (
    optimizerMemory((l) => adafactor({ layout: l }), layout).floats /
    optimizerMemory(() => adam(), layout).floats
  );
};
const variables = [
  { name: 'n', tex: 'n', min: 2, max: 48, integer: true },
  { name: 'm', tex: 'm', min: 2, max: 48, integer: true },
] as const;

export default defineProblem<P>({
  id: 'adafactor-memory-ratio',
  lesson: 'beyond-adamw',
  title: 'Adafactor’s memory against Adam’s',
  params: (rng) => ({ optimizer: rng.pick(['Adam', 'AdamW'] as const) }),
  prompt: ({ optimizer }) =>
    md`A weight matrix has $n$ rows and $m$ columns. ${optimizer} keeps two numbers of optimizer state per entry. Adafactor (with $\beta_1$ off, its default) keeps a running average of each row sum and of each column sum of the squared gradients, and nothing else for this matrix. **Write Adafactor's state as a fraction of ${optimizer}'s, as an expression in \`n\` and \`m\`.**`,
  answer: {
    kind: 'expression',
    variables,
    value: ratio,
    tex: () => '\\dfrac{n + m}{2nm}',
    typed: () => '(n+m)/(2*n*m)',
    label: 'Adafactor’s state ÷ Adam’s',
  },
  mistakes: [
    {
      value: () => (v) => (v.n + v.m) / (v.n * v.m),
      feedback: 'That compares with *one* number per entry. Adam keeps two, $m_t$ and $v_t$: $2nm$ in all.',
    },
    {
      value: () => (v) => (2 * v.n * v.m) / (v.n + v.m),
      feedback:
        'That is the saving factor, Adam’s state over Adafactor’s: the question asks for the fraction the other way round.',
    },
    {
      value: () => (v) => v.n + v.m,
      feedback: 'That is Adafactor’s state in floats; divide by Adam’s $2nm$.',
    },
  ],
  hints: [
    md`
There are $n$ row sums and $m$ column sums.
    `,
    md`
Adam keeps $m_t$ and $v_t$, each the size of the matrix.
    `,
  ],
  solution: () => md`
Adafactor keeps $n$ row statistics and $m$ column statistics, $n + m$ numbers; Adam keeps $2nm$. The fraction is

$$\frac{n + m}{2nm},$$

typed \`(n+m)/(2*n*m)\`. For a $4096 \times 4096$ matrix that is $${(4096 + 4096) / (2 * 4096 * 4096)}$ — about one number in four thousand. (The checker measures both optimizers' states with \`optimizerMemory\` from \`@descent/optim\`.)`,
});
