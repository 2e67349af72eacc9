import { z } from 'zod';
import { widgetCodec } from '../../../../src/lib/urlState/index.ts';
import { RAVINE_DOMAIN, RAVINE_START } from './ravine.ts';

/**
 * The state the momentum lesson's ravine, eigen-component and rate-map widgets share through the
 * URL (namespace `momentum`): learning rate η, momentum β, condition number κ, steps and start.
 * The ravine has L = 1, so η is also ηL and the stability limits read directly off the η axis.
 */
export const MomentumParams = z.object({
  lr: z.number().min(0.01).max(4).default(1.3),
  beta: z.number().min(0).max(0.999).default(0.6),
  kappa: z.number().min(1).max(1000).default(50),
  steps: z.number().int().min(1).max(500).default(120),
  x0: z.number().min(RAVINE_DOMAIN.x[0]).max(RAVINE_DOMAIN.x[1]).default(RAVINE_START[0]),
  y0: z.number().min(RAVINE_DOMAIN.y[0]).max(RAVINE_DOMAIN.y[1]).default(RAVINE_START[1]),
});
export type MomentumParams = z.infer<typeof MomentumParams>;

export const momentumParamsCodec = widgetCodec('momentum', 1, MomentumParams);
