import { create, parseDependencies, type MathNode } from 'mathjs';

/**
 * A mathjs instance that can only *parse*: it is built from `parseDependencies` alone, so it has
 * no `evaluate`, `import`, `createUnit`, `simplify` or `derivative`, no units and no matrices to
 * reach. Parsing only builds a tree; {@link compileNode} walks that tree with a whitelist and
 * evaluates it with plain float arithmetic. Nothing here calls `eval` or `Function`.
 * (mathjs security notes: https://mathjs.org/docs/expressions/security.html)
 */
const math = create({ parseDependencies }, { number: 'number' });

export type ParseOutcome = { ok: true; node: MathNode } | { ok: false; message: string };

/** Parses text into a mathjs node tree, turning parser exceptions into a readable message. */
export function parseMath(text: string): ParseOutcome {
  try {
    return { ok: true, node: math.parse(text) };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, message: detail };
  }
}
