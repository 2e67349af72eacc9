import type { MlpTrainer, TrainPoint } from '@descent/optim';

/** One configuration being trained: its trainer, and the plateau controller's ear if it has one. */
export interface ChunkedRun {
  trainer: MlpTrainer;
  /** Called with the training loss at every evaluation point (reduce-on-plateau). */
  observe?: (metric: number) => void;
}

/**
 * advanceInChunks(runs, from, to, every, fresh) advances every run from update `from` to `to`
 * side by side, in chunks that end on evaluation points (multiples of `every`), where the
 * plateau controller observes the loss; a diverged run stays where it stopped. New history points
 * are appended to fresh[i]. Returns `to`.
 */
export function advanceInChunks(
  runs: readonly ChunkedRun[],
  from: number,
  to: number,
  every: number,
  fresh: TrainPoint[][],
): number {
  let step = from;
  while (step < to) {
    const chunk = Math.min(to, (Math.floor(step / every) + 1) * every) - step;
    runs.forEach((run, i) => {
      if (run.trainer.divergedAt !== null) return;
      const pts = run.trainer.run(chunk);
      fresh[i].push(...pts);
      const last = pts.at(-1);
      if (run.observe && last && last.step % every === 0) run.observe(last.trainLoss);
    });
    step += chunk;
  }
  return step;
}
