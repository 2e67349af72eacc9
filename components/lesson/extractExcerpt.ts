export interface Excerpt {
  code: string;
  startLine: number;
  endLine: number;
}

export type ExcerptSpec = { fn: string; withDoc?: boolean } | { start: string; end: string };

/**
 * extractExcerpt(source, spec) → the lines of `source` for a function (by name: its
 * declaration through the matching closing brace, optionally with the doc comment above) or
 * between two marker strings (inclusive). Throws when a marker is missing, so a renamed
 * function fails the build instead of showing stale code. Line numbers are 1-based.
 */
export function extractExcerpt(source: string, spec: ExcerptSpec): Excerpt {
  const lines = source.split('\n');
  if ('fn' in spec) {
    const decl = new RegExp(`^\\s*(export\\s+)?(async\\s+)?function\\s+${escape(spec.fn)}\\b`);
    let first = lines.findIndex((l) => decl.test(l));
    if (first < 0) throw new Error(`extractExcerpt: function "${spec.fn}" not found`);
    let last = -1;
    let depth = 0;
    let opened = false;
    // The body starts at the first "{" after the parameter list closes; count braces from there.
    let parens = 0;
    outer: for (let i = first; i < lines.length; i++) {
      for (const ch of lines[i]) {
        if (ch === '(') parens++;
        else if (ch === ')') parens--;
        else if (ch === '{' && (opened || parens === 0)) {
          depth++;
          opened = true;
        } else if (ch === '}' && opened) {
          depth--;
          if (depth === 0) {
            last = i;
            break outer;
          }
        }
      }
    }
    if (last < 0) throw new Error(`extractExcerpt: function "${spec.fn}" has no closing brace`);
    if (spec.withDoc) {
      let k = first - 1;
      if (k >= 0 && lines[k].trim().endsWith('*/')) {
        while (k >= 0 && !lines[k].trim().startsWith('/**')) k--;
        if (k >= 0) first = k;
      }
    }
    return { code: lines.slice(first, last + 1).join('\n'), startLine: first + 1, endLine: last + 1 };
  }
  const a = lines.findIndex((l) => l.includes(spec.start));
  if (a < 0) throw new Error(`extractExcerpt: start marker "${spec.start}" not found`);
  const b = lines.findIndex((l, i) => i >= a && l.includes(spec.end));
  if (b < 0) throw new Error(`extractExcerpt: end marker "${spec.end}" not found after the start`);
  return { code: lines.slice(a, b + 1).join('\n'), startLine: a + 1, endLine: b + 1 };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
