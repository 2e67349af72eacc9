import { missedIn, missedText } from '../../src/lib/progress/missedProblems.ts';
import { PROGRESS_EVENT, PROGRESS_KEY } from '../../src/lib/progress/progressKeys.ts';
import { storedProblems } from '../../src/lib/progress/solvedFromRaw.ts';

/**
 * Fills in every "Practise what you missed" list on the page (MissedProblems.astro) from the stored
 * progress and keeps it current, like the progress counts. "Try a fresh variant" moves the problem
 * to a variant the student has not seen (through the page's progress store, loaded on use), then
 * brings the problem into view and puts the cursor in its answer.
 */
function readStored(): unknown {
  try {
    return storedProblems(window.localStorage.getItem(PROGRESS_KEY));
  } catch {
    return {};
  }
}

function render(problems: unknown): void {
  const missed = missedIn(problems);
  for (const box of document.querySelectorAll<HTMLElement>('[data-missed]')) {
    let n = 0;
    for (const li of box.querySelectorAll<HTMLElement>('[data-missed-id]')) {
      const m = missed.get(li.dataset.missedId ?? '');
      li.hidden = !m;
      if (!m) continue;
      n++;
      const text = li.querySelector('[data-missed-text]');
      if (text) text.textContent = missedText(m);
    }
    const count = box.querySelector('[data-missed-count]');
    if (count) count.textContent = n === 0 ? 'none yet' : `${n} problem${n === 1 ? '' : 's'}`;
    const empty = box.querySelector<HTMLElement>('[data-missed-empty]');
    if (empty) empty.hidden = n > 0;
  }
}

/** Focuses the problem's first answer control once its player has hydrated (it hydrates when visible). */
function focusAnswer(id: string, tries = 120): void {
  const field = document.querySelector<HTMLElement>(
    `section[data-problem-id="${CSS.escape(id)}"] form input:not([type="hidden"])`,
  );
  if (field) field.focus({ preventScroll: true });
  else if (tries > 0) requestAnimationFrame(() => focusAnswer(id, tries - 1));
}

document.addEventListener('click', (e) => {
  const button = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-fresh-variant]') : null;
  const id = button?.dataset.freshVariant;
  if (!id) return;
  void Promise.all([
    import('../../src/lib/progress/progressStore.ts'),
    import('../../src/lib/progress/progressOps.ts'),
  ]).then(([{ getProgressStore }, { freshVariant, setCurrentVariant }]) => {
    getProgressStore().update((p) => setCurrentVariant(p, id, freshVariant(p, id)));
    document.getElementById(`problem-${id}-title`)?.scrollIntoView({ block: 'start' });
    focusAnswer(id);
  });
});

render(readStored());
window.addEventListener(PROGRESS_EVENT, (e) => render((e as CustomEvent).detail?.problems));
window.addEventListener('storage', (e) => {
  if (e.key === null || e.key === PROGRESS_KEY) render(readStored());
});
