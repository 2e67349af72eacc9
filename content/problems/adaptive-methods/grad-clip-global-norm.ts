import { clipByGlobalNorm, clipByValue } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P {
  g: [number, number, number];
  c: number;
}
const vec = (x: readonly number[]) => Float64Array.from(x);
const byNorm = ({ g, c }: P) =>
  Array.from(clipByGlobalNorm({ maxNorm: c }).update(vec(g), { lastNorm: 0 }, vec(g)).updates);
const byValue = ({ g, c }: P) => Array.from(clipByValue({ clipValue: c }).update(vec(g), {}, vec(g)).updates);
const norm = (g: readonly number[]) => Math.hypot(...g);

// Gradients with integer norms (Pythagorean quadruples), so the arithmetic is clean.
const GRADIENTS: [number, number, number][] = [
  [2, 3, 6],
  [1, 4, 8],
  [4, 4, 7],
  [2, -6, 9],
  [-6, 6, 7],
  [12, 4, -3],
  [2, 10, -11],
];

export default defineProblem<P>({
  id: 'grad-clip-global-norm',
  lesson: 'adaptive-methods',
  title: 'Clipping a gradient by its norm',
  // Every norm (7 … 15) exceeds every threshold, so clipping always applies; c ≠ 1 keeps the unit vector a distinct slip.
  params: (rng) => ({ g: rng.pick(GRADIENTS), c: rng.pick([2, 3, 5]) }),
  prompt: ({ g, c }) =>
    md`A model's gradient is $g = (${g[0]}, ${g[1]}, ${g[2]})$. Before \`optimizer.step()\` you call \`torch.nn.utils.clip_grad_norm_(params, max_norm=${c})\`. **What gradient does the optimizer see?** Enter the three components, e.g. \`[0.1, 0.2, 0.3]\`.`,
  answer: { kind: 'vector', length: 3, value: byNorm, sigFigs: 3, label: 'Clipped gradient' },
  mistakes: [
    {
      value: byValue,
      feedback:
        'That clips every component to $[-c, c]$ separately (`clip_grad_value_`), which changes the direction. `clip_grad_norm_` rescales the whole vector by one factor.',
    },
    {
      value: ({ g }) => g.map((x) => x / norm(g)),
      feedback:
        'That is the unit vector $g/\\lVert g\\rVert$. Clipping scales the norm down to `max_norm`, not to 1.',
    },
    {
      value: ({ g, c }) => g.map((x) => x * (norm(g) / c)),
      feedback:
        'The factor is upside down: multiply by `max_norm`$/\\lVert g\\rVert$, which is below 1 when clipping applies.',
    },
    { value: ({ g }) => g, feedback: 'Clipping applies here: $\\lVert g\\rVert$ is larger than `max_norm`.' },
  ],
  hints: [
    ({ g }) =>
      md`The global norm is $\lVert g\rVert_2 = \sqrt{${g[0] ** 2} + ${g[1] ** 2} + ${g[2] ** 2}} = ${norm(g)}$.`,
    md`
PyTorch multiplies every component by $\min\big(1, \text{max\_norm}/(\lVert g\rVert + 10^{-6})\big)$.
    `,
  ],
  solution: (p) => {
    const n = norm(p.g);
    const k = p.c / (n + 1e-6);
    const out = byNorm(p);
    return md`$\lVert g\rVert_2 = ${n}$ exceeds $${p.c}$, so every component is multiplied by $${p.c}/(${n} + 10^{-6}) = ${k}$:

$$g \leftarrow (${out[0]}, ${out[1]}, ${out[2]}).$$

The direction is unchanged and the norm is now just under ${p.c} (the $10^{-6}$ in PyTorch's formula; optax's \`clip_by_global_norm\` has none). Clipping each component at ${p.c} instead would give $(${byValue(p).join(', ')})$, a different direction. (Computed with \`clipByGlobalNorm({ maxNorm: ${p.c} })\` from \`@descent/optim\`.)`;
  },
});
