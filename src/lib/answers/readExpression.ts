import type { MathNode, SymbolNode } from 'mathjs';
import { ALLOWED_FUNCTIONS, compileNode, canonicalName, type CompileError } from './compileNode.ts';
import { findUnrepresentableLiteral, type UnrepresentableLiteral } from './findUnrepresentableLiteral.ts';
import { parseMath } from './mathParser.ts';
import { MAX_INPUT_LENGTH, normalizeInput } from './normalizeInput.ts';
import type { Evaluator, Parsed } from './types.ts';

/** A variable an expression may use, with how to show it in TeX. */
export interface VariableTex {
  name: string;
  tex: string;
}

export interface ReadOptions {
  variables?: readonly VariableTex[];
  /** What the field expects, for messages: "a number", "an expression in t". */
  expecting: string;
  maxLength?: number;
}

const EXAMPLES = 'Write it like 0.25, 1.5e-3, 3/4 or sqrt(2)/2.';

/** Turns mathjs's parser error into a sentence a student can act on. */
function explainSyntax(detail: string): string {
  const part = /Unexpected part "(.*)" \(char (\d+)\)/.exec(detail);
  if (part) return `Could not read that: “${part[1]}” at character ${part[2]} does not fit. ${EXAMPLES}`;
  if (/Parenthesis \) expected/.test(detail)) return 'A closing parenthesis “)” is missing.';
  if (/Value expected/.test(detail))
    return `Could not read that: a number or name is missing somewhere. ${EXAMPLES}`;
  if (/Unexpected end of expression/.test(detail))
    return 'The answer stops in the middle (an operator at the end?).';
  if (/Unexpected operator/.test(detail))
    return `Could not read that: an operator is out of place. ${EXAMPLES}`;
  return `Could not read that as ${'math'}. ${EXAMPLES}`;
}

/**
 * After normalisation every character the parser should see is printable ASCII; anything else is a
 * look-alike (Cyrillic О, Arabic-Indic ٣), an invisible character (zero-width space, NUL) or an
 * emoji, and is named with its code point rather than left to a vague parser error.
 */
function explainUnusualCharacter(text: string): string | undefined {
  const ch = /[^\t\x20-\x7E]/u.exec(text)?.[0];
  if (ch === undefined) return undefined;
  const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(ch)
    ? `The character “${ch}” (${code}) is not one this field reads: type digits 0–9, Latin letters, + - * / ^ and parentheses.`
    : `The answer contains an invisible character (${code}); delete it and type the answer again.`;
}

/** Parentheses and brackets are checked by hand: the parser's own errors about them are vague. */
function explainUnbalanced(text: string): string | undefined {
  if (/[[\]]/.test(text))
    return 'Only arithmetic is allowed here, not brackets [ ]. Use parentheses ( ) to group.';
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')' && --depth < 0) return 'A parenthesis is missing: this “)” has no matching “(” before it.';
  }
  return depth > 0 ? 'A closing parenthesis “)” is missing.' : undefined;
}

/** The largest and smallest positive doubles, as a message states them. */
export const LARGEST_DOUBLE = '1.8e308';
export const SMALLEST_DOUBLE = '4.9e-324';

function explainLiteral({ kind, literal }: UnrepresentableLiteral): string {
  return kind === 'too-small'
    ? `This number is too small to represent: “${literal}” is below the smallest positive double (about ${SMALLEST_DOUBLE}), so it would be read as 0. Write the value you mean.`
    : `This number is too large to represent: “${literal}” is above the largest double (about ${LARGEST_DOUBLE}), so it is not a finite number.`;
}

function explainRefusal(error: CompileError, opts: ReadOptions): string {
  const names = (opts.variables ?? []).map((v) => v.name);
  switch (error.kind) {
    case 'non-finite-name':
      return 'That is not a finite number (infinity and NaN are not answers here). Enter a finite value.';
    case 'unknown-symbol':
      return names.length > 0
        ? `Unknown name “${error.name}”: this answer can use ${names.join(', ')}, numbers, pi and ${ALLOWED_FUNCTIONS.slice(0, 4).join(', ')}….`
        : `“${error.name}” is not a number or a function this field knows. It accepts numbers, pi, e and ${ALLOWED_FUNCTIONS.slice(0, 4).join(', ')}….`;
    case 'not-allowed':
      return `Only arithmetic is allowed here, not ${error.what}. Use + - * / ^, parentheses and functions such as sqrt, exp, log.`;
  }
}

/**
 * Reads one expression typed by a student: normalises it, refuses what is too long, parses it with
 * the locked-down parser, refuses number literals a double cannot hold, compiles it against the
 * declared variables and produces a TeX preview.
 * Never throws; every failure comes back as a message for the field.
 */
export function readExpression(
  raw: string,
  opts: ReadOptions,
): Parsed<{ evaluate: Evaluator; symbols: Set<string> }> {
  const max = opts.maxLength ?? MAX_INPUT_LENGTH;
  if (raw.trim() === '') return { ok: false, message: `Enter ${opts.expecting} first.` };
  if (raw.length > max)
    return {
      ok: false,
      message: `That is too long to be an answer (${raw.length} characters; at most ${max}).`,
    };
  const text = normalizeInput(raw);
  if (/[%!'"=<>&|?:;{}\\@#$~`]/.test(text)) {
    const bad = /[%!'"=<>&|?:;{}\\@#$~`]/.exec(text)![0];
    return {
      ok: false,
      message: `The character “${bad}” is not allowed here. Use + - * / ^, parentheses and functions such as sqrt, exp, log.`,
    };
  }
  const unusual = explainUnusualCharacter(text) ?? explainUnbalanced(text);
  if (unusual) return { ok: false, message: unusual };
  const parsed = parseMath(text);
  if (!parsed.ok) return { ok: false, message: explainSyntax(parsed.message) };
  // Before compiling: the tree already holds 0 for `1e-400` and Infinity for `1e400`.
  const literal = findUnrepresentableLiteral(text);
  if (literal) return { ok: false, message: explainLiteral(literal) };
  const compiled = compileNode(
    parsed.node,
    (opts.variables ?? []).map((v) => v.name),
  );
  if (!compiled.ok) return { ok: false, message: explainRefusal(compiled.error, opts) };
  return {
    ok: true,
    value: { evaluate: compiled.evaluate, symbols: compiled.symbols },
    tex: toTex(parsed.node, opts.variables ?? []),
  };
}

/** TeX of how the input was read (variables shown with their TeX names, implicit × made visible). */
function toTex(node: MathNode, variables: readonly VariableTex[]): string {
  const texOf = new Map(variables.map((v) => [canonicalName(v.name), v.tex]));
  try {
    return node.toTex({
      parenthesis: 'keep',
      implicit: 'show',
      handler: (n: MathNode) => {
        if (n.type !== 'SymbolNode') return undefined;
        // Braced, because mathjs writes `\cdot` straight before the symbol (`\cdott` is no command).
        const name = (n as SymbolNode).name;
        if (name === 'pi') return '{\\pi}';
        return `{${texOf.get(canonicalName(name)) ?? name}}`;
      },
    });
  } catch {
    return '';
  }
}
