/**
 * The outcome of pressing "Check". `invalid` is not an attempt (unreadable, empty, non-finite,
 * wrong length…); `mistake` is a wrong answer recognised as a listed mistake; `wrong` is any
 * other wrong answer. `tex` is how the input was read, for the preview.
 */
export type Verdict =
  | { kind: 'invalid'; message: string }
  | { kind: 'correct'; feedback: string[]; tex?: string }
  | { kind: 'mistake'; feedback: string[]; tex?: string }
  | { kind: 'wrong'; feedback: string[]; tex?: string };

export const NOT_QUITE = 'Not quite. Check each step against the prompt, or open a hint.';
