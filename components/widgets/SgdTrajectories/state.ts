import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';
import { seedField } from '../kit/seed.ts';
import { lessonProblem } from '../lessons/sgd/lessonProblem.ts';

const { domain, start, n } = lessonProblem();

/** GD vs SGD trajectories: every parameter with its default and range. */
export const SgdTrajectoriesState = z.object({
  /** Learning rate η (same for every run). */
  lr: z.number().min(1e-3).max(1e6).default(0.5),
  /** Mini-batch size of the second SGD run (the first always uses b = 1). */
  batch: z.number().int().min(1).max(n).default(8),
  steps: z.number().int().min(1).max(500).default(60),
  seed: seedField(),
  x0: z.number().min(domain.x[0]).max(domain.x[1]).default(start[0]),
  y0: z.number().min(domain.y[0]).max(domain.y[1]).default(start[1]),
});
export type SgdTrajectoriesState = z.infer<typeof SgdTrajectoriesState>;

export const sgdTrajectoriesCodec = widgetCodec('sgd-paths', 1, SgdTrajectoriesState);
