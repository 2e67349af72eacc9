import type { ConstantNode, FunctionNode, MathNode, OperatorNode, ParenthesisNode, SymbolNode } from 'mathjs';
import type { EvalTrace, Evaluator } from './types.ts';

/**
 * The functions an answer may use, with the numbers of arguments each accepts. `traced`: the
 * function can overflow or underflow from a finite argument (only exp among these).
 */
const FUNCTIONS: Record<string, { arity: number[]; fn: (...a: number[]) => number; traced?: boolean }> = {
  sqrt: { arity: [1], fn: Math.sqrt },
  exp: { arity: [1], fn: Math.exp, traced: true },
  log: { arity: [1, 2], fn: (x, b) => (b === undefined ? Math.log(x) : Math.log(x) / Math.log(b)) },
  ln: { arity: [1], fn: Math.log },
  log10: { arity: [1], fn: Math.log10 },
  log2: { arity: [1], fn: Math.log2 },
  abs: { arity: [1], fn: Math.abs },
  sin: { arity: [1], fn: Math.sin },
  cos: { arity: [1], fn: Math.cos },
  tan: { arity: [1], fn: Math.tan },
};
export const ALLOWED_FUNCTIONS = Object.keys(FUNCTIONS);

const CONSTANTS: Record<string, number> = { pi: Math.PI, e: Math.E };
const NON_FINITE_NAMES = new Set(['Infinity', 'infinity', 'inf', 'Inf', 'NaN', 'nan']);

const BINARY: Record<string, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => a / b,
  pow: (a, b) => a ** b,
};

/**
 * Whether `op(a, b) = r` on finite a, b lost the exact result. Overflow: r = ±Infinity although the
 * exact result is finite (not a division by zero, not 0 to a negative power). Underflow: r = 0
 * although the exact result is not (a product, quotient or power of non-zero numbers); sums that
 * cancel to 0 are exact, so they never count.
 */
function noteBinary(op: string, a: number, b: number, r: number, trace: EvalTrace): void {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return;
  const zeroDivisor = (op === 'divide' && b === 0) || (op === 'pow' && a === 0);
  if ((r === Infinity || r === -Infinity) && !zeroDivisor) trace.overflow = true;
  if (r === 0 && a !== 0 && (op === 'multiply' ? b !== 0 : op === 'divide' || op === 'pow'))
    trace.underflow = true;
}
const UNARY: Record<string, (a: number) => number> = { unaryMinus: (a) => -a, unaryPlus: (a) => a };

/** Why a tree was refused; `kind` lets callers pick their wording. */
export type CompileError =
  | { kind: 'unknown-symbol'; name: string }
  | { kind: 'non-finite-name'; name: string }
  | { kind: 'not-allowed'; what: string };

export type Compiled =
  { ok: true; evaluate: Evaluator; symbols: Set<string> } | { ok: false; error: CompileError };

/** Symbol names match declared variables ignoring underscores, so `beta_1` means `beta1`. */
export const canonicalName = (name: string) => name.replace(/_/g, '');

class Refused extends Error {
  constructor(readonly error: CompileError) {
    super(error.kind);
  }
}

/**
 * Compiles a parsed tree into a plain float evaluator, accepting only numbers, the declared
 * variables, `pi`/`e`, + − × / ^ (also implicit multiplication such as `2pi`), parentheses and the
 * {@link ALLOWED_FUNCTIONS}. Everything else — assignment, function definitions, property access,
 * matrices, strings, ranges, conditionals, comparisons, factorials — is refused.
 */
export function compileNode(root: MathNode, variables: readonly string[] = []): Compiled {
  const declared = new Map(variables.map((v) => [canonicalName(v), v]));
  const symbols = new Set<string>();
  const walk = (node: MathNode): Evaluator => {
    switch (node.type) {
      case 'ConstantNode': {
        const value = (node as ConstantNode).value;
        if (typeof value !== 'number')
          throw new Refused({ kind: 'not-allowed', what: 'text or other non-numeric values' });
        // mathjs reads `Infinity` and overflowing literals such as 1e999 as constants.
        if (!Number.isFinite(value)) throw new Refused({ kind: 'non-finite-name', name: String(value) });
        return () => value;
      }
      case 'ParenthesisNode':
        return walk((node as ParenthesisNode).content);
      case 'SymbolNode': {
        const name = (node as SymbolNode).name;
        const variable = declared.get(canonicalName(name));
        if (variable !== undefined) {
          symbols.add(variable);
          return (vars) => vars[variable] ?? NaN;
        }
        if (Object.hasOwn(CONSTANTS, name)) {
          const c = CONSTANTS[name];
          return () => c;
        }
        if (NON_FINITE_NAMES.has(name)) throw new Refused({ kind: 'non-finite-name', name });
        throw new Refused({ kind: 'unknown-symbol', name });
      }
      case 'OperatorNode': {
        const op = node as OperatorNode;
        const args = op.args.map(walk);
        if (args.length === 2 && Object.hasOwn(BINARY, op.fn)) {
          const f = BINARY[op.fn];
          const [a, b] = args;
          return (vars, trace) => {
            const x = a(vars, trace);
            const y = b(vars, trace);
            const r = f(x, y);
            if (trace) noteBinary(op.fn, x, y, r, trace);
            return r;
          };
        }
        if (args.length === 1 && Object.hasOwn(UNARY, op.fn)) {
          const f = UNARY[op.fn];
          const [a] = args;
          return (vars, trace) => f(a(vars, trace));
        }
        throw new Refused({ kind: 'not-allowed', what: `the operator "${op.op}"` });
      }
      case 'FunctionNode': {
        const call = node as FunctionNode;
        const name = call.fn.type === 'SymbolNode' ? (call.fn as SymbolNode).name : '';
        // Own properties only: `toString`, `constructor`, `__proto__` must not resolve to prototype members.
        const spec = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
        if (!spec)
          throw new Refused(
            name ? { kind: 'unknown-symbol', name } : { kind: 'not-allowed', what: 'this kind of call' },
          );
        if (!spec.arity.includes(call.args.length))
          throw new Refused({ kind: 'not-allowed', what: `${name} with ${call.args.length} arguments` });
        const args = call.args.map(walk);
        return (vars, trace) => {
          const xs = args.map((a) => a(vars, trace));
          const r = spec.fn(...xs);
          if (trace && spec.traced && xs.every(Number.isFinite)) {
            if (r === Infinity) trace.overflow = true;
            if (r === 0) trace.underflow = true;
          }
          return r;
        };
      }
      case 'ArrayNode':
        throw new Refused({ kind: 'not-allowed', what: 'brackets [ ]' });
      case 'AssignmentNode':
      case 'FunctionAssignmentNode':
        throw new Refused({ kind: 'not-allowed', what: 'assignments with "="' });
      default:
        throw new Refused({ kind: 'not-allowed', what: describeNode(node.type) });
    }
  };
  try {
    return { ok: true, evaluate: walk(root), symbols };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, error: e.error };
    throw e;
  }
}

function describeNode(type: string): string {
  switch (type) {
    case 'AccessorNode':
      return 'property access with "." or indexing with [ ]';
    case 'IndexNode':
      return 'indexing';
    case 'RangeNode':
      return 'ranges with ":"';
    case 'ConditionalNode':
      return 'conditionals with "?"';
    case 'ObjectNode':
      return 'braces { }';
    case 'BlockNode':
      return 'several statements';
    default:
      return 'this construct';
  }
}
