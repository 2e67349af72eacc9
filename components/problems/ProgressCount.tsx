import { solvedCount, solvedWithSolutionCount } from '../../src/lib/progress/progressOps.ts';
import { progressText } from '../../src/lib/progress/progressText.ts';
import { useProgress } from './useProgress.ts';

interface Props {
  /** Problem ids that make up the total. */
  ids: string[];
  /** What is counted, for screen readers and the visible text ("in this lesson"). */
  label: string;
}

/**
 * "Solved k / n" for a set of problems, live from the progress store. Before hydration (and
 * without JavaScript) it shows the total only, in the same box, so nothing shifts.
 */
export function ProgressCount({ ids, label }: Props) {
  const { progress } = useProgress();
  const solved = progress ? solvedCount(progress, ids) : null;
  return (
    <span className="progress-count" data-solved={solved ?? undefined} data-total={ids.length}>
      <span className="progress-text">
        {progressText({ solved, withSolution: progress ? solvedWithSolutionCount(progress, ids) : 0, total: ids.length }, label)}
      </span>
      <span className="progress-bar" aria-hidden="true"><span style={{ width: `${solved === null ? 0 : (100 * solved) / Math.max(1, ids.length)}%` }} /></span>
    </span>
  );
}
