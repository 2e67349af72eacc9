/** The outcome of reading a student's input: a value, or a message to show beside the field. */
export type Parsed<T> = { ok: true; value: T; tex: string } | { ok: false; message: string };

/** An evaluable reading of an expression: variables by name → number. */
export type Evaluator = (vars: Readonly<Record<string, number>>) => number;
