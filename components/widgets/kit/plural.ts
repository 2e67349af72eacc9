/**
 * plural(count, singular, pluralForm?) → "1 step", "2 steps", "0.5 passes": English count phrases
 * for summaries and labels. Only exactly one takes the singular ("1.0 passes" reads oddly either
 * way, so the number is printed as given).
 */
export function plural(count: number | string, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${Number(count) === 1 ? singular : pluralForm}`;
}
