import { integer, nonNegative, unitInterval, finite } from '../internal/validate.ts';

export interface BufferConventionGap {
  /** θ (lr inside) − θ (PyTorch) caused by the first update after the change. */
  firstStep: number;
  /** The same difference summed over every later update: how much further one form travels in total. */
  total: number;
}

/**
 * How far PyTorch's buffer ($b_t = \beta b_{t-1} + g_t$, $\theta_t = \theta_{t-1} - \eta_t b_t$) and the
 * "lr inside" form ($v_t = \beta v_{t-1} + \eta_t g_t$, $\theta_t = \theta_{t-1} - v_t$) drift apart when
 * the learning rate changes from $\eta_1$ (updates $1..s$) to $\eta_2$ (from update $s+1$ on), for a
 * constant gradient g. They agree while η is constant; afterwards PyTorch rescales the whole buffer by
 * $\eta_2$ at once, while the other form lets the old $\eta_1$-sized velocity decay. The step of update $t > s$
 * differs by $(\eta_1 - \eta_2)\,g\sum_{j \le s}\beta^{t-j}$, so
 * $$\text{firstStep} = (\eta_2 - \eta_1)\,g\,\frac{\beta(1-\beta^s)}{1-\beta}, \qquad
 * \text{total} = (\eta_2 - \eta_1)\,g\,\frac{\beta(1-\beta^s)}{(1-\beta)^2}$$
 * (signed as θ_inside − θ_PyTorch: after a drop, $\eta_2 < \eta_1$, the lr-inside form moves further by |total|).
 * Reference: torch.optim.SGD docs (note on Sutskever et al. 2013); Goyal et al. (2017), §3 "Momentum correction".
 */
export function bufferConventionGap({
  lrBefore,
  lrAfter,
  beta,
  stepsBefore,
  grad = 1,
}: {
  lrBefore: number;
  lrAfter: number;
  beta: number;
  stepsBefore: number;
  grad?: number;
}): BufferConventionGap {
  const fn = 'bufferConventionGap';
  nonNegative(fn, 'lrBefore', lrBefore);
  nonNegative(fn, 'lrAfter', lrAfter);
  unitInterval(fn, 'beta', beta);
  integer(fn, 'stepsBefore', stepsBefore, 0);
  finite(fn, 'grad', grad);
  const history = (beta * (1 - beta ** stepsBefore)) / (1 - beta);
  const firstStep = (lrAfter - lrBefore) * grad * history;
  return { firstStep, total: firstStep / (1 - beta) };
}
