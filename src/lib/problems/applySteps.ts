import { applyUpdates, type Transform, type Vec } from '@descent/optim';

/**
 * Runs `steps` updates of a transform from `x0`, with gradients from `grad(x, t)` (t = 1, 2, …),
 * and returns every iterate (x0 first). The update rule itself stays in @descent/optim; this only
 * loops, so problems can ask about the k-th iterate of the real optimizer.
 */
export function applySteps<S>(
  transform: Transform<S>,
  x0: readonly number[],
  grad: (x: Vec, t: number) => readonly number[],
  steps: number,
): number[][] {
  let x: Vec = Float64Array.from(x0);
  let state = transform.init(x);
  const path = [Array.from(x)];
  for (let t = 1; t <= steps; t++) {
    const { updates, state: next } = transform.update(Float64Array.from(grad(x, t)), state, x);
    state = next;
    x = applyUpdates(x, updates);
    path.push(Array.from(x));
  }
  return path;
}
