import type katexModule from 'katex';

type Katex = typeof katexModule;

// KaTeX (~75 KB gzip) is the largest part of this widget and is needed only when a line of the
// written-out update changes: the lines of the first view come typeset from the server. So in the
// browser it loads on the first change (or when the reader reaches for a control), and the build
// (server rendering) has it from the start. The problem player on a lesson page imports the same
// module, so there the chunk is usually loaded already.
let katex: Katex | null = import.meta.env.SSR ? (await import('katex')).default : null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** KaTeX once it has loaded (always on the server), else null. */
export function loadedKatex(): Katex | null {
  return katex;
}

/** Starts loading KaTeX (once); listeners hear when it has arrived. A failed load may be retried. */
export function loadKatex(): Promise<void> {
  if (katex) return Promise.resolve();
  loading ??= import('katex').then(
    (m) => {
      katex = m.default;
      listeners.forEach((l) => l());
    },
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** useSyncExternalStore's subscribe: called back once KaTeX has loaded. */
export function onKatexLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
