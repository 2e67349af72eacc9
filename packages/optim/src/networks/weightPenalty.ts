import type { Vec } from '../types.ts';

/** Where a layer's weight matrix sits in θ (biases are never penalised). */
export interface WeightBlock {
  weights: number;
  inputs: number;
  outputs: number;
}

/**
 * The regularisation term of mlp's objective, on the weights only (biases excluded, as in the
 * TensorFlow Playground and the usual PyTorch parameter groups):
 * $R(\theta) = \lambda_1 \sum_w |w| + \tfrac{\lambda_2}{2} \sum_w w^2$.
 * When `grad` is given, adds $\partial R/\partial w = \lambda_1\,\mathrm{sign}(w) + \lambda_2 w$ to it
 * (sign 0 = 0: the subgradient PyTorch's autograd gives |w| at 0). Returns R(θ).
 * PyTorch: the λ₂ part is `weight_decay=λ₂` (coupled: added to the gradient before the optimizer)
 * on a parameter group holding the weights; the λ₁ part is `loss + λ₁ * w.abs().sum()`.
 */
export function weightPenalty(
  theta: Vec,
  blocks: readonly WeightBlock[],
  l1: number,
  l2: number,
  grad: Vec | null,
): number {
  let abs = 0;
  let sq = 0;
  for (const { weights, inputs, outputs } of blocks) {
    const end = weights + inputs * outputs;
    for (let q = weights; q < end; q++) {
      const w = theta[q];
      abs += w < 0 ? -w : w;
      sq += w * w;
      if (grad) grad[q] += l1 * (w > 0 ? 1 : w < 0 ? -1 : 0) + l2 * w;
    }
  }
  return l1 * abs + 0.5 * l2 * sq;
}
