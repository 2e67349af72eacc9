/**
 * Pagefind's ranking weights (pagefind.app/docs/ranking) for this course: long lesson pages are
 * not penalised for their length (pageLength 0.1 instead of 0.75), since each lesson teaches a
 * term in one section among many; term frequency counts a little less, so a page that names a
 * term in many short titles (the problems page) does not beat the page that explains it.
 * Checked by tests/reading.spec.ts: "bias correction" and "warmup" land on the lesson sections.
 */
export const SEARCH_RANKING = {
  pageLength: 0.1,
  termFrequency: 0.6,
} as const;
