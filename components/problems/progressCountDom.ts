import { PROGRESS_EVENT, PROGRESS_KEY } from '../../src/lib/progress/progressKeys.ts';
import { progressText } from '../../src/lib/progress/progressText.ts';
import { solvedFromRaw, solvedInProgress, type SolvedIds } from '../../src/lib/progress/solvedFromRaw.ts';

/**
 * Fills in every progress count on the page ("Solved k / n practice problems …") from the stored
 * progress, and keeps them current: after every change of the page's progress store (its window
 * event) and of another tab's (the storage event). A plain script of about 1 KB — the home page
 * needs no framework to show a number. ProgressCount.astro renders the markup it updates.
 */
function readStored(): SolvedIds {
  try {
    return solvedFromRaw(window.localStorage.getItem(PROGRESS_KEY));
  } catch {
    // Storage unavailable: the store keeps progress in memory and sends events.
    return { solved: new Set(), helped: new Set() };
  }
}

function render({ solved, helped }: SolvedIds): void {
  for (const el of document.querySelectorAll<HTMLElement>('.progress-count[data-ids]')) {
    const ids = (el.dataset.ids ?? '').split(' ').filter(Boolean);
    const k = ids.filter((id) => solved.has(id)).length;
    el.dataset.solved = String(k);
    const text = el.querySelector('.progress-text');
    if (text)
      text.textContent = progressText(
        { solved: k, withSolution: ids.filter((id) => helped.has(id)).length, total: ids.length },
        el.dataset.label ?? '',
      );
    const bar = el.querySelector<HTMLElement>('.progress-bar > span');
    if (bar) bar.style.width = `${(100 * k) / Math.max(1, ids.length)}%`;
  }
}

render(readStored());
window.addEventListener(PROGRESS_EVENT, (e) => render(solvedInProgress((e as CustomEvent).detail)));
window.addEventListener('storage', (e) => {
  if (e.key === null || e.key === PROGRESS_KEY) render(readStored());
});
