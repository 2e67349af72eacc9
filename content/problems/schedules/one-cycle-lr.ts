import { oneCycleLR, type Rng } from '@descent/optim';
import { defineProblem, distinctOrNaN, md } from '../../../src/lib/problems/index.ts';

const TOL = { sigFigs: 3 };
/** The slip's value, or NaN when it could not be told apart from the key or an earlier slip. */
export const apart = (v: number, ...others: number[]) => distinctOrNaN(v, TOL, ...others);

export interface P {
  maxLr: number;
  total: number;
  pct: number;
  div: number;
  update: number;
}
const FINAL_DIV = 1e4;
const smith = (p: P, anneal: 'linear' | 'cos' = 'linear') =>
  oneCycleLR({
    maxLr: p.maxLr,
    totalSteps: p.total,
    pctStart: p.pct,
    divFactor: p.div,
    finalDivFactor: FINAL_DIV,
    annealStrategy: anneal,
    threePhase: true,
  });
const at = (p: P) => smith(p)(p.update - 1);
/** The same three linear phases with their ends at pct·T and 2·pct·T (forgetting PyTorch's − 1 and − 2). */
function phaseEndsSlip(p: P, k: number): number {
  const lo = p.maxLr / p.div;
  const e1 = p.pct * p.total;
  if (k <= e1) return lo + ((p.maxLr - lo) * k) / e1;
  return p.maxLr + ((lo - p.maxLr) * (k - e1)) / e1;
}

const draw = (rng: Rng): P => {
  const total = rng.pick([100, 200, 1000]);
  const pct = rng.pick([0.25, 0.3, 0.4]);
  const e1 = Math.round(pct * total) - 1; // pct·T is 30.000000000000004 for 0.3·100
  const inPhase2 = rng.pick([false, true]);
  // Not 0.5: there the cosine and the linear interpolation agree, and that slip could not be seen.
  const k = Math.round(e1 * rng.pick([0.2, 0.35, 0.8])) + (inPhase2 ? e1 : 0);
  return { maxLr: rng.pick([0.1, 0.4, 1]), total, pct, div: rng.pick([10, 25]), update: k + 1 };
};

export default defineProblem<P>({
  id: 'one-cycle-lr',
  lesson: 'schedules',
  title: "Smith's one-cycle policy in PyTorch",
  params: draw,
  prompt: ({ maxLr, total, pct, div, update }) =>
    md`Smith's one-cycle policy is \`OneCycleLR(optimizer, max_lr=${maxLr}, total_steps=${total}, pct_start=${pct}, div_factor=${div}, final_div_factor=${FINAL_DIV}, anneal_strategy='linear', three_phase=True)\`, with \`scheduler.step()\` after every update. After $k$ scheduler steps PyTorch interpolates **linearly**: from $\eta_{\max}/\texttt{div\_factor}$ up to $\eta_{\max}$ while $0 \le k \le \texttt{pct\_start}\cdot T - 1$, back down to $\eta_{\max}/\texttt{div\_factor}$ at $k = 2\,\texttt{pct\_start}\cdot T - 2$, then down to the final rate at $k = T - 1$ (here $T = ${total}$). Updates are numbered from 1. **What learning rate does update number $${update}$ use?**`,
  answer: { kind: 'number', value: at, ...TOL, label: 'Learning rate' },
  mistakes: [
    {
      value: (p) => apart(smith(p)(p.update), at(p)),
      feedback: (p) =>
        md`Off by one: update ${p.update} runs after $k = ${p.update - 1}$ scheduler steps, not ${p.update}.`,
    },
    {
      value: (p) => apart(smith(p, 'cos')(p.update - 1), at(p), smith(p)(p.update)),
      feedback:
        "That is the cosine interpolation, PyTorch's default `anneal_strategy='cos'`. Smith's policy, asked for here, is linear within each phase.",
    },
    {
      value: (p) =>
        apart(phaseEndsSlip(p, p.update - 1), at(p), smith(p)(p.update), smith(p, 'cos')(p.update - 1)),
      feedback: (p) =>
        md`Check where the phases end: PyTorch puts the peak at $k = \texttt{pct\_start}\cdot T - 1 = ${p.pct * p.total - 1}$, not at $k = ${p.pct * p.total}$.`,
    },
  ],
  hints: [
    ({ update, pct, total }) =>
      md`$k = ${update - 1}$. The first phase ends at $k = ${pct * total - 1}$, the second at $k = ${2 * pct * total - 2}$: which phase is $k$ in?`,
    ({ maxLr, div }) =>
      md`Within a phase from $k_s$ to $k_e$, $p = (k - k_s)/(k_e - k_s)$ and the rate is $\text{start} + p\,(\text{end} - \text{start})$; the low end is $${maxLr}/${div} = ${maxLr / div}$.`,
  ],
  solution: (p) => {
    const k = p.update - 1;
    const e1 = p.pct * p.total - 1;
    const lo = p.maxLr / p.div;
    const first = k <= e1;
    const [ks, ke, a, b] = first ? [0, e1, lo, p.maxLr] : [e1, 2 * e1, p.maxLr, lo];
    const frac = (k - ks) / (ke - ks);
    return md`Update ${p.update} runs after $k = ${k}$ steps, in the ${first ? 'first (rising)' : 'second (falling)'} phase, which runs from $k = ${ks}$ to $k = ${ke}$. So $p = (${k} - ${ks})/${ke - ks} = ${frac}$ and

$$\eta = ${a} + ${frac}\,(${b} - ${a}) = ${at(p)}.$$

(Computed with \`oneCycleLR({ …, annealStrategy: 'linear', threePhase: true })(${k})\` from \`@descent/optim\`.)`;
  },
});
