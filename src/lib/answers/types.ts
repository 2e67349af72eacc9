/** The outcome of reading a student's input: a value, or a message to show beside the field. */
export type Parsed<T> = { ok: true; value: T; tex: string } | { ok: false; message: string };

/**
 * What went wrong in floating point during one evaluation of a compiled answer: an operation on
 * finite numbers whose exact result is finite and non-zero gave ±Infinity (overflow) or 0
 * (underflow). Flags are only ever set, so one trace can watch a whole evaluation.
 */
export interface EvalTrace {
  overflow: boolean;
  underflow: boolean;
}

/**
 * An evaluable reading of an expression: variables by name → number. Compiled answers also
 * report overflow and underflow into `trace` when one is passed; keys written as plain
 * functions ignore it.
 */
export type Evaluator = (vars: Readonly<Record<string, number>>, trace?: EvalTrace) => number;
