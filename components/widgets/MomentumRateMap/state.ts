import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';

/** The rate map's own state; the point (η, β) and κ are the shared `momentum` codec's. */
export const MomentumRateMapState = z.object({
  method: z.enum(['heavyBall', 'nesterov']).default('heavyBall'),
});
export type MomentumRateMapState = z.infer<typeof MomentumRateMapState>;

export const momentumRateMapCodec = widgetCodec('momentum-rates', 1, MomentumRateMapState);
