import { lionVsAdam } from '../../components/widgets/LionVsAdam/model.ts';
import { MINIMIZER } from '../../components/widgets/LionVsAdam/problem.ts';
import { lionVsAdamCodec } from '../../components/widgets/LionVsAdam/state.ts';

type Point = readonly [number, number] | readonly number[];
const distance = (p: Point) => Math.hypot(p[0] - MINIMIZER[0], p[1] - MINIMIZER[1]);

/** The farthest from the minimiser a run strays over its last `k` iterates. */
export const tailMaxDistance = (points: readonly Point[], k: number) =>
  Math.max(...points.slice(-k).map(distance));

/**
 * What the "Beyond AdamW" lesson says about the Lion-vs-AdamW widget, from the widget's own model at
 * its default settings (η, β₁, λ, start, number of updates) and with Lion's β₂ lowered to 0.9:
 * how far Lion strays from the minimiser over the run's last updates, where AdamW ends, and —
 * over a run long enough for the overshoots to die out — how far Lion keeps straying once it has
 * arrived (its steps never shrink below η).
 */
export function beyondAdamwLionRuns() {
  const defaults = lionVsAdamCodec.defaults;
  const hoverWindow = 40;
  const [lion99, adam] = lionVsAdam(defaults).runs;
  const [lion90] = lionVsAdam({ ...defaults, beta2: 0.9 }).runs;
  const long = { ...defaults, beta2: 0.9, steps: 300 };
  const [lionLong] = lionVsAdam(long).runs;
  return {
    lr: defaults.lr,
    steps: defaults.steps,
    beta2: defaults.beta2,
    window: hoverWindow,
    strayLion: tailMaxDistance(lion99.points, hoverWindow),
    strayLionBeta2Low: tailMaxDistance(lion90.points, hoverWindow),
    endAdam: distance(adam.points.at(-1)!),
    long: { steps: long.steps, hover: tailMaxDistance(lionLong.points, hoverWindow) },
  };
}
