import { loadProblem } from '../../src/lib/problems/registry.ts';
import { loadMarkdown } from './markdownLoader.ts';

/**
 * Starts loading what the first players on a page need before they show any text — their problem
 * modules and the Markdown/KaTeX renderer — as soon as the page's scripts run, instead of after
 * React has hydrated each player (which waits for the island's own chunks first). On an embed page
 * the problem is the page, and this takes two round trips off the time until its statement shows.
 * The players' own calls then find the modules loaded (modules load once per page). A failed load
 * here is ignored: the player asks again and reports it.
 */
export function prefetchProblems(root: ParentNode = document, first = 2): void {
  const ids = [...root.querySelectorAll<HTMLElement>('[data-embed-problem]')]
    .slice(0, first)
    .map((el) => el.dataset.embedProblem)
    .filter((id): id is string => Boolean(id));
  if (ids.length === 0) return;
  loadMarkdown().catch(() => undefined);
  for (const id of ids) loadProblem(id).catch(() => undefined);
}
