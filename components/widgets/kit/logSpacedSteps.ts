/**
 * logSpacedSteps(T, perDecade) → whole steps 1 … T, about `perDecade` per factor of ten
 * (round(10^(k/perDecade)) for k = 0, 1, …), distinct and ascending, T included: where a run is
 * recorded, so a log-x chart gets evenly spaced points and the early steps are not lost.
 * `perDecade = count / log10(T)` gives about `count` steps in all.
 */
export function logSpacedSteps(T: number, perDecade: number): number[] {
  const out = new Set<number>([1, T]);
  const n = Math.ceil(Math.log10(T) * perDecade);
  for (let k = 0; k <= n; k++) out.add(Math.min(T, Math.round(10 ** (k / perDecade))));
  return [...out].sort((a, b) => a - b);
}

/** recordSteps(T, count) → step 0 (the start) and about `count` log-spaced steps up to T. */
export function recordSteps(T: number, count = 60): number[] {
  return [0, ...logSpacedSteps(T, count / Math.log10(Math.max(T, 10)))];
}
