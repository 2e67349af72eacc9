import { mlp } from '@descent/optim';
import { defineProblem, md, paren } from '../../../src/lib/problems/index.ts';

interface P {
  w: number[];
  b: number[];
  v: number[];
  c: number;
  x: number[];
}
const theta = (p: P) => Float64Array.from([...p.w, ...p.b, ...p.v, p.c]);
const logit = (p: P) =>
  mlp({ sizes: [2, 2, 1], activation: 'tanh', compile: false }).predict(theta(p), Float64Array.from(p.x))[0];
/** A slip's value, or NaN where it lands within 2% of the key (then it is not a distinct slip). */
const distinct = (p: P, v: number) => (Math.abs(v - logit(p)) <= 0.02 * Math.abs(logit(p)) ? NaN : v);
const zOf = (p: P) => {
  const net = mlp({ sizes: [2, 2, 1], activation: 'tanh', loss: 'squared', compile: false });
  return net.predict(theta(p), Float64Array.from(p.x))[0];
};

export default defineProblem<P>({
  id: 'capstone-tiny-network-output',
  lesson: 'capstone',
  title: 'The output of a tiny network',
  params: (rng) => {
    const pick = () => rng.pick([-1, -0.5, 0.5, 1, 1.5, 2]);
    return {
      w: [pick(), pick(), pick(), pick()],
      b: [rng.pick([0, 0.5, -0.5]), rng.pick([0, 0.5, -0.5])],
      v: [pick(), pick()],
      c: rng.pick([0, 0.2, -0.3]),
      x: [rng.pick([1, -1, 0.5]), rng.pick([2, -1, 0.5])],
    };
  },
  prompt: (p) =>
    md`A 2-2-1 network has tanh hidden units and a logistic output $p = \sigma(z) = 1/(1 + e^{-z})$. Hidden layer: $W = \begin{pmatrix} ${p.w[0]} & ${p.w[1]} \\ ${p.w[2]} & ${p.w[3]} \end{pmatrix}$, $b = (${p.b[0]}, ${p.b[1]})$; output: $v = (${p.v[0]}, ${p.v[1]})$, $c = ${p.c}$, so $h = \tanh(Wx + b)$ and $z = v^\top h + c$. **What probability $p$ does it give the input $x = (${p.x[0]}, ${p.x[1]})$?**`,
  answer: { kind: 'number', value: logit, sigFigs: 3, label: 'Probability p' },
  mistakes: [
    {
      value: (p) => distinct(p, zOf(p)),
      feedback: 'That is the logit $z$. The output unit applies the sigmoid: $p = \\sigma(z)$.',
    },
    {
      value: (p) =>
        distinct(
          p,
          1 /
            (1 +
              Math.exp(
                -(
                  p.v[0] * (p.w[0] * p.x[0] + p.w[1] * p.x[1] + p.b[0]) +
                  p.v[1] * (p.w[2] * p.x[0] + p.w[3] * p.x[1] + p.b[1]) +
                  p.c
                ),
              )),
        ),
      feedback: 'You skipped the tanh of the hidden units: $h = \\tanh(Wx + b)$, not $Wx + b$.',
    },
  ],
  hints: [
    (p) =>
      md`First the hidden pre-activations: $Wx + b = (${p.w[0]} \cdot ${paren(p.x[0])} + ${p.w[1]} \cdot ${paren(p.x[1])} + ${paren(p.b[0])},\; \dots)$.`,
    md`
Apply tanh to each, combine with $v$ and $c$, then apply $\sigma$.
    `,
  ],
  solution: (p) => {
    const a = [p.w[0] * p.x[0] + p.w[1] * p.x[1] + p.b[0], p.w[2] * p.x[0] + p.w[3] * p.x[1] + p.b[1]];
    const h = a.map(Math.tanh);
    const z = p.v[0] * h[0] + p.v[1] * h[1] + p.c;
    return md`Hidden pre-activations $Wx + b = (${a[0]}, ${a[1]})$, so $h = (\tanh ${paren(a[0])}, \tanh ${paren(a[1])}) = (${h[0]}, ${h[1]})$. The logit is

$$z = ${p.v[0]} \cdot ${paren(h[0])} + ${p.v[1]} \cdot ${paren(h[1])} + ${paren(p.c)} = ${z},$$

and $p = \sigma(z) = ${logit(p)}$. The package's \`mlp({ sizes: [2, 2, 1] })\` lays $\theta$ out the same way: $W$ row by row, $b$, then $v$ and $c$.`;
  },
});
