import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * useHydrated() → false in the server HTML and while React hydrates the island, true from the
 * render right after hydration (React re-renders when the server snapshot differs): by then the
 * island's event handlers are attached.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
