import * as optim from '@descent/optim';
import type { Transform } from '@descent/optim';

type Factory = (options?: Record<string, unknown>) => Transform<unknown>;

/** How many updates the reference page's behaviour chart shows. */
export const BEHAVIOUR_STEPS = 60;
/**
 * What an optimizer without a default gets, in this order: a learning rate (PyTorch's SGD has
 * `lr` required), then a weight decay (the papers' SGDW and AdamW require one).
 */
export const BEHAVIOUR_REQUIRED = [
  ['lr', 0.01],
  ['weightDecay', 0.01],
] as const;

/**
 * The slope the behaviour chart runs on: f(W) = ⟨G, W⟩ for one 2×2 weight matrix W, so every
 * gradient is the same G. Its entries span three orders of magnitude (1 down to 10⁻³) so that
 * per-coordinate scaling (Adam's, AdaGrad's) and matrix-aware updates (Muon, Shampoo) look
 * different from plain SGD. W starts at the identity (LARS and LAMB scale by ‖W‖).
 */
export const BEHAVIOUR_GRADIENT = [1, 0.1, 0.01, 0.001] as const;
const START = [1, 0, 0, 1] as const;
const LAYOUT = optim.paramLayout([[2, 2]]);

export interface OptimizerBehaviour {
  name: string;
  /** Options passed because the optimizer has no default for them (else its defaults are used). */
  given: Record<string, number>;
  /** ‖θ_t − θ_{t−1}‖ (Euclidean) for update t = 1 … BEHAVIOUR_STEPS, index t − 1. */
  stepLengths: number[];
}

/**
 * Builds the optimizer with its defaults (and the parameters' layout, which the matrix-aware
 * ones need), adding BEHAVIOUR_REQUIRED options one by one while the factory refuses.
 */
function build(factory: Factory): { transform: Transform<unknown>; given: Record<string, number> } {
  const given: Record<string, number> = {};
  for (let i = 0; ; i++) {
    try {
      return { transform: factory({ layout: LAYOUT, ...given }), given };
    } catch (e) {
      if (i >= BEHAVIOUR_REQUIRED.length) throw e;
      const [option, value] = BEHAVIOUR_REQUIRED[i];
      given[option] = value;
    }
  }
}

/**
 * What an optimizer does with a gradient that never changes: the length of each update on the
 * slope above. Constant for SGD, growing to 1/(1 − β) times for heavy ball, shrinking like 1/√t
 * for AdaGrad — the update rule's dynamics with the objective taken out of the picture.
 */
export function optimizerBehaviour(name: string): OptimizerBehaviour | undefined {
  const factory = (optim as unknown as Record<string, Factory | undefined>)[name];
  if (typeof factory !== 'function') return undefined;
  const { transform, given } = build(factory);
  const g = new Float64Array(BEHAVIOUR_GRADIENT);
  let theta: optim.Vec = new Float64Array(START);
  let state = transform.init(theta);
  const stepLengths: number[] = [];
  for (let t = 1; t <= BEHAVIOUR_STEPS; t++) {
    const out = transform.update(g, state, theta);
    state = out.state;
    const next = optim.applyUpdates(theta, out.updates);
    stepLengths.push(Math.hypot(...next.map((x, i) => x - theta[i])));
    theta = next;
  }
  return { name, given, stepLengths };
}
