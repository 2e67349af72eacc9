import type { RunHistory } from './sessionReducer.ts';

/**
 * runsOrPending(runs, labels) → the session's runs, or, between new settings and their first
 * frame (when the session has no runs yet), one empty run per configuration.
 *
 * Why: a board that drew nothing in that moment dropped its table rows, legend and summary
 * lines and took them back a frame later — a jump of ~280 px for everything below it on every
 * press, and on a lesson page a relayout of the blocks that came into view. Empty runs read as
 * "not started" everywhere and take the same room as running ones.
 */
export function runsOrPending(runs: readonly RunHistory[], labels: readonly string[]): readonly RunHistory[] {
  if (runs.length > 0) return runs;
  return labels.map((label) => ({ label, history: [], divergedAt: null }));
}
