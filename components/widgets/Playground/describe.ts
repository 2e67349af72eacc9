import type { TrainPoint } from '@descent/optim';

export interface RunSummary {
  label: string;
  last: TrainPoint | undefined;
  divergedAt: number | null;
}

const pct = (x: number) => `${Math.round(100 * x)}%`;
const loss = (x: number) => (x >= 0.01 ? x.toFixed(3) : x.toExponential(1));

/** "diverged at step k" or the latest metrics, for one run. */
export function runOutcome(r: RunSummary): string {
  if (r.divergedAt !== null) return `diverged at step ${r.divergedAt}`;
  if (!r.last) return 'not started';
  return `train ${pct(r.last.trainAccuracy)} (loss ${loss(r.last.trainLoss)}), test ${pct(r.last.testAccuracy)} (loss ${loss(r.last.testLoss)})`;
}

/** The aria-live summary: where training is and how each configuration is doing. */
export function summarize(runs: RunSummary[], step: number, steps: number, playing: boolean): string {
  const where =
    step === 0
      ? `Ready, step 0 of ${steps}`
      : step >= steps
        ? `Finished ${steps} updates`
        : `${playing ? 'Training' : 'Paused'} at step ${step} of ${steps}`;
  const parts = runs.map((r, i) => `${String.fromCharCode(65 + i)}, ${r.label}: ${runOutcome(r)}`);
  const live = runs.filter((r) => r.divergedAt === null && r.last);
  let best = '';
  if (live.length > 1 && step > 0) {
    const top = live.reduce((a, b) => (b.last!.testAccuracy > a.last!.testAccuracy ? b : a));
    best = ` Best test accuracy: ${String.fromCharCode(65 + runs.indexOf(top))}.`;
  }
  return `${where}. ${parts.join('. ')}.${best}`;
}
