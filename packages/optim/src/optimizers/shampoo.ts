import type { LearningRate, Transform } from '../types.ts';
import { integer, learningRate, positive } from '../internal/validate.ts';
import type { ParamLayout } from '../matrices/paramLayout.ts';
import { namedChain } from '../transforms/namedChain.ts';
import { scaleByShampoo, type ScaleByShampooState } from '../transforms/scaleByShampoo.ts';
import { scaleByLearningRate, type ScaleByLearningRateState } from '../transforms/scaleByLearningRate.ts';

export interface ShampooOptions {
  /** η (required: the paper tunes it per problem). */
  lr: LearningRate;
  /** Blocks: matrices get L and R, vectors one full matrix. Default: one vector. */
  layout?: ParamLayout;
  /** ε in L₀ = εI, R₀ = εI, default 1e-4. */
  eps?: number;
  /** Recompute L^{-1/4}, R^{-1/4} every this many updates, default 1 (Algorithm 1). */
  updateFreq?: number;
}

export interface ShampooState {
  shampoo: ScaleByShampooState;
  lr: ScaleByLearningRateState;
}

/**
 * Shampoo (Gupta, Koren & Singer 2018, "Shampoo: Preconditioned Stochastic Tensor
 * Optimization", Algorithm 1): per m×n matrix block, $L_t = L_{t-1} + G_tG_t^\top$,
 * $R_t = R_{t-1} + G_t^\top G_t$ ($L_0 = \varepsilon I_m$, $R_0 = \varepsilon I_n$),
 * $W_{t+1} = W_t - \eta\,L_t^{-1/4}G_tR_t^{-1/4}$; vectors by Algorithm 2 with k = 1
 * ($H_t^{-1/2}g_t$, full-matrix AdaGrad). No momentum, no grafting: the algorithm of the paper,
 * for small matrices (each update costs eigendecompositions of m×m and n×n matrices).
 * Built as namedChain({ shampoo: scaleByShampoo, lr: scaleByLearningRate }).
 */
export function shampoo(options: ShampooOptions): Transform<ShampooState> {
  const fn = 'shampoo';
  if (options === null || typeof options !== 'object') throw new RangeError(`${fn}: options { lr } required`);
  const { lr, layout, eps = 1e-4, updateFreq = 1 } = options;
  learningRate(fn, 'lr', lr);
  positive(fn, 'eps', eps);
  integer(fn, 'updateFreq', updateFreq, 1);
  return namedChain({ shampoo: scaleByShampoo({ layout, eps, updateFreq }), lr: scaleByLearningRate(lr) });
}
