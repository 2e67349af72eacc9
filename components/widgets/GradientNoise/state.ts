import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';
import { seedField } from '../kit/seed.ts';
import { lessonProblem } from '../lessons/sgd/lessonProblem.ts';

const { domain, n } = lessonProblem();

/** Gradient-noise cloud: every parameter with its default and range. */
export const GradientNoiseState = z.object({
  batch: z.number().int().min(1).max(n).default(4),
  /** The point θ where the gradients are evaluated. */
  px: z
    .number()
    .min(domain.x[0])
    .max(domain.x[1])
    .default(Math.round((domain.x[0] + 1.6) * 10) / 10),
  py: z
    .number()
    .min(domain.y[0])
    .max(domain.y[1])
    .default(Math.round((domain.y[1] - 1.4) * 10) / 10),
  /** How many mini-batches are drawn to measure the variance. */
  draws: z.number().int().min(20).max(1000).default(300),
  replacement: z.boolean().default(true),
  seed: seedField(),
});
export type GradientNoiseState = z.infer<typeof GradientNoiseState>;

export const gradientNoiseCodec = widgetCodec('grad-noise', 1, GradientNoiseState);
