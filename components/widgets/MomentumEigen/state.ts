import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';

/** The eigen-component view's own state; η, β, κ, steps and start come from the shared `momentum` codec. */
export const MomentumEigenState = z.object({
  method: z.enum(['heavyBall', 'nesterov', 'gd']).default('heavyBall'),
  /** The ravine's two components, or a whole spectrum (a least-squares polynomial fit). */
  mode: z.enum(['ravine', 'spectrum']).default('ravine'),
  /** Steps of the spectrum run: its smallest eigenvalues need far more than the ravine's. */
  horizon: z.number().int().min(10).max(100_000).default(10_000),
});
export type MomentumEigenState = z.infer<typeof MomentumEigenState>;

export const momentumEigenCodec = widgetCodec('momentum-eigen', 1, MomentumEigenState);
