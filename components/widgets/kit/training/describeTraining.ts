import { lastPoint, type RunHistory } from './sessionReducer.ts';
import { configLetter } from './TrainingCharts.tsx';

import { loss, pct } from './metricFormat.ts';

/** "diverged at step k" or the latest metrics, for one run. */
export function runOutcome(r: RunHistory): string {
  if (r.divergedAt !== null) return `diverged at step ${r.divergedAt}`;
  const last = lastPoint(r);
  if (!last) return 'not started';
  return `train ${pct(last.trainAccuracy)} (loss ${loss(last.trainLoss)}), test ${pct(last.testAccuracy)} (loss ${loss(last.testLoss)})`;
}

/** The aria-live summary: where training is and how each configuration is doing. */
export function summarizeTraining(
  runs: readonly RunHistory[],
  step: number,
  steps: number,
  playing: boolean,
): string {
  const where =
    step === 0
      ? `Ready, step 0 of ${steps}`
      : step >= steps
        ? `Finished ${steps} updates`
        : `${playing ? 'Training' : 'Paused'} at step ${step} of ${steps}`;
  const parts = runs.map((r, i) => `${configLetter(i)}, ${r.label}: ${runOutcome(r)}`);
  const top = bestRun(runs);
  const live = runs.filter((r) => r.divergedAt === null && lastPoint(r)).length;
  const best = live > 1 && step > 0 && top >= 0 ? ` Best test accuracy: ${configLetter(top)}.` : '';
  return `${where}. ${parts.join('. ')}.${best}`;
}

/**
 * The run with the highest test accuracy at its latest point, ties broken by the lower test loss
 * (accuracies on a small test set often tie exactly); −1 when no run has a finite point.
 */
export function bestRun(runs: readonly RunHistory[]): number {
  let top = -1;
  let acc = -Infinity;
  let lossAt = Infinity;
  runs.forEach((r, i) => {
    const last = lastPoint(r);
    if (r.divergedAt !== null || !last) return;
    if (last.testAccuracy > acc || (last.testAccuracy === acc && last.testLoss < lossAt)) {
      top = i;
      acc = last.testAccuracy;
      lossAt = last.testLoss;
    }
  });
  return top;
}
