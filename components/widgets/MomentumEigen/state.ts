import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';

/** The eigen-component view's own state; η, β, κ, steps and start come from the shared `momentum` codec. */
export const MomentumEigenState = z.object({
  method: z.enum(['heavyBall', 'nesterov', 'gd']).default('heavyBall'),
});
export type MomentumEigenState = z.infer<typeof MomentumEigenState>;

export const momentumEigenCodec = widgetCodec('momentum-eigen', 1, MomentumEigenState);
