import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';
import { seedField } from '../kit/seed.ts';
import { lessonProblem } from '../lessons/sgd/lessonProblem.ts';

const { n } = lessonProblem();

/** Noise floor vs step size: every parameter with its default and range. */
export const NoiseFloorState = z.object({
  /** The largest constant learning rate η; the others are η/3 and η/10. */
  lr: z.number().min(1e-3).max(1e6).default(0.5),
  batch: z.number().int().min(1).max(n).default(1),
  steps: z.number().int().min(100).max(10_000).default(3000),
  /** Independent runs averaged per curve (each curve sees the same streams). */
  runs: z.number().int().min(1).max(12).default(6),
  decay: z.boolean().default(true),
  bound: z.boolean().default(false),
  seed: seedField(),
});
export type NoiseFloorState = z.infer<typeof NoiseFloorState>;

export const noiseFloorCodec = widgetCodec('noise-floor', 1, NoiseFloorState);
