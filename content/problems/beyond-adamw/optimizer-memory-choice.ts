import { memoryTable, paramLayout } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

export interface P {
  rows: number;
  cols: number;
}
/** The package's memory table for one rows×cols matrix, by optimizer name. */
function perParameter({ rows, cols }: P): Record<string, number> {
  const table = memoryTable(paramLayout([[rows, cols]]));
  return Object.fromEntries(table.map((r) => [r.name, r.perParameter]));
}
const OPTIONS: readonly { id: string; name: string; label: string }[] = [
  { id: 'sgd-momentum', name: 'sgd (momentum)', label: 'SGD with momentum' },
  { id: 'adamw', name: 'adamw', label: 'AdamW' },
  { id: 'lion', name: 'lion', label: 'Lion' },
  { id: 'adafactor', name: 'adafactor', label: 'Adafactor ($\\beta_1$ off)' },
  { id: 'muon', name: 'muon (+ adamw for vectors)', label: 'Muon' },
  { id: 'shampoo', name: 'shampoo', label: 'Shampoo (the paper’s algorithm)' },
  { id: 'lamb', name: 'lamb', label: 'LAMB' },
];

export default defineProblem<P>({
  id: 'optimizer-memory-choice',
  lesson: 'beyond-adamw',
  title: 'Which optimizers fit in one number per parameter?',
  params: (rng) => ({ rows: rng.pick([64, 128, 256]), cols: rng.pick([32, 64, 128]) }),
  prompt: ({ rows, cols }) =>
    md`A model is a single ${rows} × ${cols} weight matrix. **Select every optimizer whose state for it is at most one number per parameter.**`,
  answer: {
    kind: 'choice',
    multiple: true,
    options: (p) => {
      const per = perParameter(p);
      return OPTIONS.map(({ id, name, label }) => {
        const x = per[name];
        const fits = x <= 1 + 1e-12;
        return {
          id,
          label: md`${label}`,
          correct: fits,
          feedback: `${fits ? 'Fits' : 'Does not fit'}: ${Number(x.toPrecision(4))} numbers per parameter for this matrix.`,
        };
      });
    },
  },
  hints: [
    md`
Count the state each optimizer keeps for an $n\times m$ matrix: momentum is one matrix, Adam's moments two, Adafactor's row and column statistics $n + m$ numbers, Shampoo's statistics $n^2 + m^2$ and their roots as many again.
    `,
  ],
  solution: ({ rows, cols }) => md`
SGD with momentum, Lion and Muon keep one matrix of momentum; Adafactor keeps $${rows} + ${cols} = ${rows + cols}$ numbers, far less than one per parameter. AdamW and LAMB keep two moments. Shampoo keeps $L$, $R$ and their inverse fourth roots, $2(${rows}^2 + ${cols}^2)$ numbers, more than the matrix itself. (Measured on the optimizers' own states by \`memoryTable\` from \`@descent/optim\`.)
  `,
});
