import ts from 'typescript';

export interface Excerpt {
  code: string;
  startLine: number;
  endLine: number;
}

export type ExcerptSpec = { fn: string; withDoc?: boolean } | { start: string; end: string };

/**
 * extractExcerpt(source, spec) → the lines of `source` for a function (by name: a function
 * declaration or a `const` bound to a function, found by TypeScript's parser, from its first line
 * through its last, optionally with the doc comment above) or between two marker strings
 * (inclusive). Throws when the function or a marker is missing, or when a name is declared twice,
 * so a renamed function fails the build instead of showing stale or wrong code. Line numbers are
 * 1-based; the lines are whole (an excerpt starts at the line of `export`).
 */
export function extractExcerpt(source: string, spec: ExcerptSpec): Excerpt {
  const lines = source.split('\n');
  if ('fn' in spec) {
    const file = ts.createSourceFile('excerpt.tsx', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const found = functionsNamed(file, spec.fn);
    if (found.length === 0) throw new Error(`extractExcerpt: function "${spec.fn}" not found`);
    if (found.length > 1)
      throw new Error(`extractExcerpt: function "${spec.fn}" is declared ${found.length} times`);
    const node = found[0];
    const line = (pos: number) => file.getLineAndCharacterOfPosition(pos).line;
    let first = line(node.getStart(file));
    const last = line(node.getEnd());
    if (spec.withDoc) {
      const docs = ts.getLeadingCommentRanges(source, node.getFullStart()) ?? [];
      const doc = docs.at(-1);
      if (doc && source.startsWith('/**', doc.pos)) first = line(doc.pos);
    }
    return { code: lines.slice(first, last + 1).join('\n'), startLine: first + 1, endLine: last + 1 };
  }
  const a = lines.findIndex((l) => l.includes(spec.start));
  if (a < 0) throw new Error(`extractExcerpt: start marker "${spec.start}" not found`);
  const b = lines.findIndex((l, i) => i >= a && l.includes(spec.end));
  if (b < 0) throw new Error(`extractExcerpt: end marker "${spec.end}" not found after the start`);
  return { code: lines.slice(a, b + 1).join('\n'), startLine: a + 1, endLine: b + 1 };
}

/**
 * Top-level statements that define function `name` with a body: `function name…{}` (overload
 * signatures without a body are not excerpts) or `const name = (…) => …` / `function (…) {…}`.
 */
function functionsNamed(file: ts.SourceFile, name: string): ts.Statement[] {
  return file.statements.filter((s) => {
    if (ts.isFunctionDeclaration(s)) return s.name?.text === name && s.body !== undefined;
    if (ts.isVariableStatement(s))
      return s.declarationList.declarations.some(
        (d) =>
          ts.isIdentifier(d.name) &&
          d.name.text === name &&
          d.initializer !== undefined &&
          (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer)),
      );
    return false;
  });
}
