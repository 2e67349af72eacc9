export const MISSED_ONE = 'One more option is correct and not selected yet.';
export const MISSED_SOME = 'Some correct options are not selected yet.';

/** One option of a choice question. */
export interface ChoiceOption {
  id: string;
  /** Markdown with $math$, shown as the option's label. */
  label: string;
  correct: boolean;
  /** Shown when this option is chosen (wrong options) or missed (correct ones, multiple choice). */
  feedback?: string;
}

export type ChoiceVerdict =
  { ok: false; message: string } | { ok: true; correct: boolean; feedback: string[] };

/**
 * Checks a selection. Single choice: exactly one id, correct iff that option is. Multiple choice:
 * correct iff the selected set equals the set of correct options; feedback lists what each wrongly
 * chosen option says, then whether correct options were missed (without naming them). An empty selection or unknown ids
 * are not an attempt.
 */
export function checkChoice(
  selected: readonly string[],
  options: readonly ChoiceOption[],
  multiple: boolean,
): ChoiceVerdict {
  if (selected.length === 0)
    return { ok: false, message: multiple ? 'Select at least one option first.' : 'Select an option first.' };
  const byId = new Map(options.map((o) => [o.id, o]));
  if (selected.some((id) => !byId.has(id)))
    return { ok: false, message: 'That selection does not match the options shown; choose again.' };
  if (!multiple && selected.length !== 1) return { ok: false, message: 'Select exactly one option.' };
  const chosen = new Set(selected);
  const wrongChosen = options.filter((o) => chosen.has(o.id) && !o.correct);
  const missed = multiple ? options.filter((o) => !chosen.has(o.id) && o.correct) : [];
  // Missed options are only counted, not explained: their feedback would give the answer away.
  const feedback = wrongChosen.map((o) => o.feedback).filter((f): f is string => Boolean(f));
  if (missed.length > 0) feedback.push(missed.length === 1 ? MISSED_ONE : MISSED_SOME);
  const correct = wrongChosen.length === 0 && missed.length === 0;
  if (correct) {
    const notes = options.filter((o) => chosen.has(o.id) && o.feedback).map((o) => o.feedback!);
    return { ok: true, correct, feedback: notes };
  }
  return { ok: true, correct, feedback };
}
