import type { Objective } from '../objectives/types.ts';
import type { Vec } from '../types.ts';
import { finiteVec, integer, nonNegative, unitInterval, vecOfLength } from '../internal/validate.ts';

export interface SutskeverNesterovRun {
  /** θ₀, θ₁, …: the iterates of Sutskever et al.'s form. */
  theta: Vec[];
  /** The look-ahead points φ_t = θ_t + βv_t where the next gradient is taken. */
  lookahead: Vec[];
}

/**
 * Nesterov's momentum as Sutskever et al. (2013), eq. 3–4, write it (with a schedule of η):
 * $v_t = \beta v_{t-1} - \eta_t \nabla f(\theta_{t-1} + \beta v_{t-1})$, $\theta_t = \theta_{t-1} + v_t$, $v_0 = 0$.
 * The gradient is taken at the look-ahead point $\varphi_{t-1} = \theta_{t-1} + \beta v_{t-1}$, which a
 * gradient transformation cannot do; PyTorch instead stores the look-ahead point itself:
 * with a constant η its `SGD(nesterov=True)` iterates are exactly $\varphi_t$ (substitute $v = -\eta b$).
 * This runner exists so the lesson and tests can show that identity; it stops at the first
 * non-finite point. Reference: Sutskever, Martens, Dahl & Hinton (2013), §2; torch.optim.SGD docs.
 */
export function sutskeverNesterov(
  objective: Objective,
  { lr, beta, x0, steps }: { lr: number | ((t: number) => number); beta: number; x0: Vec; steps: number },
): SutskeverNesterovRun {
  const fn = 'sutskeverNesterov';
  unitInterval(fn, 'beta', beta);
  vecOfLength(fn, 'x0', x0, objective.dim);
  finiteVec(fn, 'x0', x0);
  integer(fn, 'steps', steps, 0);
  const rate = typeof lr === 'number' ? () => lr : lr;
  const n = objective.dim;
  let theta = Float64Array.from(x0);
  let v = new Float64Array(n);
  const out: SutskeverNesterovRun = { theta: [theta], lookahead: [Float64Array.from(theta)] };
  for (let t = 1; t <= steps; t++) {
    const eta = nonNegative(fn, 'lr', rate(t - 1));
    const ahead = new Float64Array(n);
    for (let i = 0; i < n; i++) ahead[i] = theta[i] + beta * v[i];
    const g = objective.grad(ahead);
    const nv = new Float64Array(n);
    const nt = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      nv[i] = beta * v[i] - eta * g[i];
      nt[i] = theta[i] + nv[i];
    }
    if (!nt.every(Number.isFinite)) break;
    theta = nt;
    v = nv;
    const look = new Float64Array(n);
    for (let i = 0; i < n; i++) look[i] = theta[i] + beta * v[i];
    out.theta.push(theta);
    out.lookahead.push(look);
  }
  return out;
}
