type Renderer = typeof import('../../src/lib/problems/renderMarkdown.ts');

let renderer: Renderer | undefined;

/**
 * Loads the Markdown renderer (micromark with tables and math, ~19 KB gzip) as its own chunk. The
 * player fetches it alongside the problem module, so it costs no extra round trip and stays out
 * of the island's first script; nothing renders problem text before both have arrived.
 */
export async function loadMarkdown(): Promise<Renderer> {
  renderer ??= await import('../../src/lib/problems/renderMarkdown.ts');
  return renderer;
}

/** The renderer once {@link loadMarkdown} has resolved, else undefined. */
export const markdownRenderer = (): Renderer | undefined => renderer;
