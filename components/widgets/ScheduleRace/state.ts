import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';
import { seedField } from '../kit/seed.ts';

/** The schedules the race can run, each with a toggle. */
export const RACE_SCHEDULES = [
  'constant',
  'multistep',
  'inverse',
  'cosine',
  'warmupcosine',
  'onecycle',
] as const;
export type RaceSchedule = (typeof RACE_SCHEDULES)[number];

export const RaceState = z.object({
  /** Peak learning rate shared by every schedule. */
  lr: z.number().min(1e-3).max(30).default(2),
  batch: z.number().int().min(1).max(64).default(4),
  updates: z.number().int().min(100).max(5000).default(1500),
  constant: z.boolean().default(true),
  multistep: z.boolean().default(true),
  inverse: z.boolean().default(false),
  cosine: z.boolean().default(true),
  warmupcosine: z.boolean().default(false),
  onecycle: z.boolean().default(true),
  /** Add a run that keeps the rate and grows the batch to match the multi-step decay's noise scale. */
  grow: z.boolean().default(false),
  xAxis: z.enum(['updates', 'epochs']).default('updates'),
  seed: seedField(),
});
export type RaceState = z.infer<typeof RaceState>;

export const raceCodec = widgetCodec('schedule-race', 1, RaceState);
