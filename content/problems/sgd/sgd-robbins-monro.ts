import { defineProblem, md } from '../../../src/lib/problems/index.ts';

// Σ c/t^p diverges iff p ≤ 1; Σ c²/t^{2p} converges iff p > 1/2. Both hold iff 1/2 < p ≤ 1.
export default defineProblem({
  id: 'sgd-robbins-monro',
  lesson: 'sgd',
  title: 'Which step-size schedules satisfy Robbins–Monro?',
  params: (rng) => ({ c: rng.pick([0.1, 0.5, 1]), p: rng.pick([0.6, 0.75, 0.9]) }),
  prompt: ({
    c,
  }) => md`Robbins and Monro's conditions for SGD's learning rates $\eta_t$ ($t = 1, 2, \dots$) are
$\sum_t \eta_t = \infty$ and $\sum_t \eta_t^2 < \infty$. **Select every schedule that satisfies both.** (Here $c = ${c}$.)`,
  answer: {
    kind: 'choice',
    multiple: true,
    options: ({ c, p }) => [
      {
        id: 'inv-t',
        label: md`$\eta_t = ${c}/t$`,
        correct: true,
        feedback: md`
$\sum 1/t$ diverges (harmonic series) and $\sum 1/t^2 = \pi^2/6$ converges: both conditions hold.
        `,
      },
      {
        id: 'inv-sqrt-t',
        label: md`$\eta_t = ${c}/\sqrt{t}$`,
        correct: false,
        feedback: md`
$c/\sqrt{t}$: the squares are $c^2/t$, whose sum diverges, so $\sum \eta_t^2 < \infty$ fails. (The conditions are sufficient, not necessary: on a strongly convex problem SGD with $c/\sqrt t$ still converges, only more slowly, about like $1/\sqrt t$.)
        `,
      },
      {
        id: 'power',
        label: md`$\eta_t = ${c}/t^{${p}}$`,
        correct: true,
        feedback: md`$t^{-${p}}$ sums to infinity (exponent at most 1) and its square $t^{-${2 * p}}$ is summable (exponent above 1).`,
      },
      {
        id: 'inv-t2',
        label: md`$\eta_t = ${c}/t^2$`,
        correct: false,
        feedback: md`
$c/t^2$ shrinks too fast: $\sum \eta_t$ is finite, so SGD can stall before reaching the minimum.
        `,
      },
      {
        id: 'constant',
        label: md`$\eta_t = ${c}$ (constant)`,
        correct: false,
        feedback: 'A constant step has $\\sum \\eta_t^2 = \\infty$: SGD keeps bouncing at its noise floor.',
      },
      {
        id: 'shifted',
        label: md`$\eta_t = ${c}/(t + 10)$`,
        correct: true,
        feedback: md`
Shifting $t$ changes finitely many terms' worth of behaviour: $\sum 1/(t+10)$ still diverges and $\sum 1/(t+10)^2$ still converges.
        `,
      },
    ],
  },
  hints: [
    md`
For $\eta_t = c/t^p$: $\sum t^{-p}$ diverges exactly when $p \le 1$.
    `,
    md`
$\sum \eta_t^2 = c^2 \sum t^{-2p}$ converges exactly when $2p > 1$. So you need $1/2 < p \le 1$.
    `,
  ],
  solution: ({
    p,
  }) => md`For $\eta_t \propto t^{-q}$ the first condition needs $q \le 1$ and the second $2q > 1$, i.e. $\tfrac12 < q \le 1$.

- $c/t$ ($q = 1$) and $c/(t+10)$ (same tail) satisfy both.
- $c/t^{${p}}$ satisfies both since $\tfrac12 < ${p} \le 1$.
- $c/\sqrt t$ ($q = \tfrac12$) fails the second; $c/t^2$ fails the first; a constant fails the second.`,
});
