/**
 * progressText(counts, label) → the progress line shown on the home page, lesson headers and
 * /problems/: "Solved 3 / 7 practice problems in this lesson (1 after viewing the solution)".
 * `solved` null means progress is not known yet (before hydration, or without JavaScript).
 */
export function progressText(
  { solved, withSolution, total }: { solved: number | null; withSolution: number; total: number },
  label: string,
): string {
  if (solved === null) return `${total} practice problems ${label}`;
  const helped = withSolution > 0 ? ` (${withSolution} after viewing the solution)` : '';
  return `Solved ${solved} / ${total} practice problems ${label}${helped}`;
}
