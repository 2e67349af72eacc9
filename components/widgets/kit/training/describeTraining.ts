import { lastPoint, type RunHistory } from './sessionReducer.ts';
import { configLetter } from './TrainingCharts.tsx';

import { loss, pct } from './metricFormat.ts';

/** What a run is judged on: a classifier's accuracy and loss, or a regression's loss alone. */
export type TrainingTask = 'classification' | 'regression';

/** "diverged at step k" or the latest metrics, for one run (a regression has no accuracy). */
export function runOutcome(r: RunHistory, task: TrainingTask = 'classification'): string {
  if (r.divergedAt !== null) return `diverged at step ${r.divergedAt}`;
  const last = lastPoint(r);
  if (!last) return 'not started';
  if (task === 'regression') return `train loss ${loss(last.trainLoss)}, test loss ${loss(last.testLoss)}`;
  return `train ${pct(last.trainAccuracy)} (loss ${loss(last.trainLoss)}), test ${pct(last.testAccuracy)} (loss ${loss(last.testLoss)})`;
}

/** The aria-live summary: where training is and how each configuration is doing. */
export function summarizeTraining(
  runs: readonly RunHistory[],
  step: number,
  steps: number,
  playing: boolean,
  task: TrainingTask = 'classification',
): string {
  const where =
    step === 0
      ? `Ready, step 0 of ${steps}`
      : step >= steps
        ? `Finished ${steps} updates`
        : `${playing ? 'Training' : 'Paused'} at step ${step} of ${steps}`;
  const parts = runs.map((r, i) => `${configLetter(i)}, ${r.label}: ${runOutcome(r, task)}`);
  const top = bestRun(runs, task);
  const live = runs.filter((r) => r.divergedAt === null && lastPoint(r)).length;
  const what = task === 'regression' ? 'Lowest test loss' : 'Best test accuracy';
  const best = live > 1 && step > 0 && top >= 0 ? ` ${what}: ${configLetter(top)}.` : '';
  return `${where}. ${parts.join('. ')}.${best}`;
}

/**
 * The run with the highest test accuracy at its latest point, ties broken by the lower test loss
 * (accuracies on a small test set often tie exactly); for a regression, the lowest test loss.
 * −1 when no run has a finite point.
 */
export function bestRun(runs: readonly RunHistory[], task: TrainingTask = 'classification'): number {
  // a regression's accuracy is meaningless: every run ties on it and the loss decides
  const accOf = (p: { testAccuracy: number }) => (task === 'regression' ? 0 : p.testAccuracy);
  let top = -1;
  let acc = -Infinity;
  let lossAt = Infinity;
  runs.forEach((r, i) => {
    const last = lastPoint(r);
    if (r.divergedAt !== null || !last) return;
    const a = accOf(last);
    if (a > acc || (a === acc && last.testLoss < lossAt)) {
      top = i;
      acc = a;
      lossAt = last.testLoss;
    }
  });
  return top;
}
