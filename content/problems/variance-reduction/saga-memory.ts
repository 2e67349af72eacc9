import { sagaMemoryFloats } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

const MB = 1e6;

export default defineProblem({
  id: 'saga-memory',
  lesson: 'variance-reduction',
  title: 'How much memory does SAGA’s gradient table take?',
  params: (rng) => ({ n: rng.pick([10_000, 50_000, 60_000, 100_000]), d: rng.pick([100, 500, 784, 1000]) }),
  prompt: ({ n, d }) =>
    md`SAGA keeps one stored gradient per example, a table of $n \times d$ floats, plus the running average of the table ($d$ floats). With $n = ${n}$ examples, $d = ${d}$ parameters and 64-bit floats (8 bytes), **how many megabytes (MB) does this take?** (1 MB = $10^6$ bytes.)`,
  answer: {
    kind: 'number',
    value: ({ n, d }) => (sagaMemoryFloats(n, d) * 8) / MB,
    sigFigs: 3,
    label: 'Memory in MB',
    unit: 'MB',
  },
  mistakes: [
    {
      value: ({ n, d }) => (sagaMemoryFloats(n, d) * 4) / MB,
      feedback: 'That uses 4 bytes per float (float32). The question says 64-bit floats: 8 bytes each.',
    },
    {
      value: ({ n, d }) => (sagaMemoryFloats(n, d) * 8) / 2 ** 20,
      feedback: 'You divided by $2^{20}$: that is mebibytes (MiB). Here 1 MB is $10^6$ bytes.',
    },
    {
      value: ({ n, d }) => sagaMemoryFloats(n, d),
      feedback: 'That is the number of floats; multiply by 8 bytes and divide by $10^6$.',
    },
    {
      value: ({ n, d }) => (sagaMemoryFloats(n, d) * 64) / MB,
      feedback: '64 is the number of *bits* per float; a float64 takes 8 bytes.',
    },
  ],
  hints: [
    ({ n, d }) => md`Floats: $n d + d = ${sagaMemoryFloats(n, d)}$.`,
    md`
Bytes = floats × 8; MB = bytes / $10^6$.
    `,
  ],
  solution: ({
    n,
    d,
  }) => md`The table and its average hold $nd + d = ${n} \cdot ${d} + ${d} = ${sagaMemoryFloats(n, d)}$ floats, so

$$${sagaMemoryFloats(n, d)} \times 8\ \text{bytes} = ${sagaMemoryFloats(n, d) * 8}\ \text{bytes} \approx ${(sagaMemoryFloats(n, d) * 8) / MB}\ \text{MB}.$$

For a deep network ($d$ in the millions) the same table would need $${(n * 1e6 * 8) / 1e9}\ \text{GB}$ for every million parameters; that is one reason SVRG-style snapshots, which store only two vectors, are the variant people try there.`,
});
