import { integer, finite, nonNegative, oneOf, unitInterval } from '../internal/validate.ts';
import { MOMENTUM_METHODS, type MomentumMethod } from './characteristicPolynomial.ts';

/**
 * One eigen-component's error $e_0, e_1, \dots, e_T$ under PyTorch's rules on $f(e) = \tfrac12\lambda e^2$
 * (gradient $\lambda e$, buffer started at $b_1 = g_1$, constant η):
 * GD $e_t = e_{t-1} - \eta\lambda e_{t-1}$; heavy ball $b_t = \beta b_{t-1} + \lambda e_{t-1}$,
 * $e_t = e_{t-1} - \eta b_t$; Nesterov $e_t = e_{t-1} - \eta(\lambda e_{t-1} + \beta b_t)$.
 * The scalar twin of running `sgd` on the full quadratic and projecting on eigenvector i;
 * the widgets draw it as the "predicted" component. Stops early (shorter array) once |e| > 1e100.
 * Once both e and the buffer fall below 1e-280 in absolute value they are set to 0 (and stay 0):
 * a long run would otherwise compute with subnormal numbers, about a hundred times slower on
 * common CPUs, to change nothing above 1e-280.
 */
const TINY = 1e-280;

export function componentTrajectory(
  method: MomentumMethod,
  lr: number,
  beta: number,
  lambda: number,
  e0: number,
  steps: number,
): number[] {
  const fn = 'componentTrajectory';
  oneOf(fn, 'method', method, MOMENTUM_METHODS);
  nonNegative(fn, 'lr', lr);
  unitInterval(fn, 'beta', beta);
  nonNegative(fn, 'lambda', lambda);
  finite(fn, 'e0', e0);
  integer(fn, 'steps', steps, 0);
  const out = [e0];
  let e = e0;
  let b = 0;
  for (let t = 1; t <= steps; t++) {
    const g = lambda * e;
    if (method === 'gd') e -= lr * g;
    else {
      b = t === 1 ? g : beta * b + g;
      e -= lr * (method === 'nesterov' ? g + beta * b : b);
    }
    if (!Number.isFinite(e) || Math.abs(e) > 1e100) break;
    if (Math.abs(e) < TINY && Math.abs(b) < TINY) e = b = 0;
    out.push(e);
  }
  return out;
}
