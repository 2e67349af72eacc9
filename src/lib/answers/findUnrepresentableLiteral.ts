/** A number literal in an answer that double precision cannot hold. */
export interface UnrepresentableLiteral {
  /** `too-large`: it rounds to ±Infinity; `too-small`: a non-zero mantissa that rounds to 0. */
  kind: 'too-large' | 'too-small';
  /** The literal as typed (after input normalisation), e.g. `1e-400`. */
  literal: string;
}

/**
 * Number tokens as mathjs reads them: hexadecimal, binary and octal integers, and decimals with an
 * optional exponent (`12`, `1.5`, `.5`, `5.`, `2e-3`). A token never starts inside a name
 * (`x1e5`, `beta1` are names) or after a point; mathjs only consumes `e` as an exponent when a
 * digit or a sign follows, as here, so `2e` stays `2·e`.
 */
const NUMBER_TOKEN =
  /(?<![\p{L}\p{N}_.])(?:0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/gu;

/**
 * The first number literal in `text` whose value a double cannot represent, or undefined.
 * mathjs silently turns `1e-400` into 0 and `1e400` into Infinity, so `1e-400e` would be graded as
 * 0·e = 0: the literal has to be checked as text, before parsing forgets it. A literal is too
 * small when its mantissa has a non-zero digit but `Number()` rounds it to 0 (below the smallest
 * subnormal, 2^−1074 ≈ 4.9·10^−324), too large when it rounds to Infinity (at or above
 * ≈ 1.797·10^308, IEEE 754 binary64).
 */
export function findUnrepresentableLiteral(text: string): UnrepresentableLiteral | undefined {
  for (const [literal] of text.matchAll(NUMBER_TOKEN)) {
    const value = Number(literal);
    if (value === Infinity) return { kind: 'too-large', literal };
    if (value === 0 && /^[^eE]*[1-9]/.test(literal) && !/^0[xXbBoO]/.test(literal))
      return { kind: 'too-small', literal };
  }
  return undefined;
}
