import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';
import { DOMAIN, START } from './problem.ts';

/** SGD + L2 against SGD with decoupled decay on a 2-D quadratic. */
export const SgdDecayEquivalenceState = z.object({
  /** How the decoupled decay enters: the paper's (1 − λ)θ or PyTorch-style (1 − ηλ)θ. */
  convention: z.enum(['per-step', 'lr-scaled']).default('per-step'),
  /** η (η₀ when scheduled). */
  lr: z.number().min(1e-3).max(2).default(0.3),
  /** λ of the decoupled run. */
  wd: z.number().min(1e-5).max(1).default(0.03),
  /** λ′ of the SGD + L2 run (torch.optim.SGD's weight_decay). */
  l2: z.number().min(1e-5).max(10).default(0.1),
  schedule: z.enum(['constant', 'step', 'cosine']).default('constant'),
  /** Also run SGD + L2 with λ′_t = λ/η_t (the per-step convention's equivalence under a schedule). */
  follow: z.boolean().default(false),
  steps: z.number().int().min(10).max(400).default(120),
  x0: z.number().min(DOMAIN.x[0]).max(DOMAIN.x[1]).default(START[0]),
  y0: z.number().min(DOMAIN.y[0]).max(DOMAIN.y[1]).default(START[1]),
});
export type SgdDecayEquivalenceState = z.infer<typeof SgdDecayEquivalenceState>;

export const sgdDecayEquivalenceCodec = widgetCodec('adamw-sgd-equivalence', 1, SgdDecayEquivalenceState);
