/**
 * docCommentOf(source, exportName) → the text of the `/** … *\/` comment directly above
 * `export function exportName`, without the comment markers; undefined when there is none.
 * The reference page quotes the package's own doc comments, so it cannot drift from the code.
 */
export function docCommentOf(source: string, exportName: string): string | undefined {
  const at = source.search(new RegExp(`^export function ${exportName}\\b`, 'm'));
  if (at < 0) return undefined;
  const before = source.slice(0, at).trimEnd();
  if (!before.endsWith('*/')) return undefined;
  const start = before.lastIndexOf('/**');
  if (start < 0) return undefined;
  return before
    .slice(start + 3, -2)
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim();
}

/** The sentences of a doc comment, split into its paragraphs (blank lines), joined onto one line each. */
export function paragraphsOf(doc: string): string[] {
  return doc
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}
