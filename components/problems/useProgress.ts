import { useSyncExternalStore } from 'react';
import type { Progress } from '../../src/lib/progress/progressSchema.ts';
import { getProgressStore, type ProgressStore } from '../../src/lib/progress/progressStore.ts';

const subscribe = (cb: () => void) => {
  const store = getProgressStore();
  const off = store.subscribe(cb);
  // Other tabs write the same key; a reload of the store is not needed for counts, so just re-render.
  const onStorage = () => cb();
  window.addEventListener('storage', onStorage);
  return () => {
    off();
    window.removeEventListener('storage', onStorage);
  };
};

/**
 * The page's progress, re-rendering on every change. On the server (and during hydration) it is
 * null, so server HTML and the first client render agree; storage is only touched in the browser.
 */
export function useProgress(): { progress: Progress | null; store: ProgressStore | null } {
  const progress = useSyncExternalStore(
    subscribe,
    () => getProgressStore().get(),
    () => null,
  );
  return { progress, store: progress ? getProgressStore() : null };
}
