import { rng } from '@descent/optim';
import { problemDefinitionSchema } from './problemSchema.ts';
import { labelWithPrecision } from './precision.ts';
import type { InstanceAnswer, Problem, ProblemDefinition, ProblemInstance } from './problemTypes.ts';

const DEFAULT_LABEL = {
  number: 'Your answer',
  vector: 'Your answer (comma-separated)',
  expression: 'Your expression',
} as const;

/**
 * Declares a practice problem. The definition is validated with {@link problemDefinitionSchema}
 * when the module loads (a malformed problem fails the build and the tests, naming its id and
 * the field); `instantiate(seed)` draws the params from `rng(seed)` and computes every value the
 * player needs for that variant; `paramsOf(seed)` returns those params (for independent tests).
 * Number and vector labels get the precision their tolerance asks for appended ("Your answer, to
 * 3 significant figures", see {@link labelWithPrecision}) unless the key is a whole number.
 */
export function defineProblem<P>(definition: ProblemDefinition<P>): Problem<P> {
  const checked = problemDefinitionSchema.safeParse(definition);
  if (!checked.success) {
    const where = checked.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`Problem "${String((definition as { id?: unknown }).id)}" is malformed — ${where}`);
  }
  const d = definition;
  const text = <T>(m: string | ((p: T) => string), p: T) => (typeof m === 'function' ? m(p) : m);
  const instantiate = (seed: number): ProblemInstance => {
    const p = d.params(rng(seed));
    const a = d.answer;
    let answer: InstanceAnswer;
    switch (a.kind) {
      case 'number': {
        const value = a.value(p);
        answer = { ...a, value, label: labelWithPrecision(a.label ?? DEFAULT_LABEL.number, value, a) };
        break;
      }
      case 'vector': {
        const value = a.value(p);
        answer = { ...a, value, label: labelWithPrecision(a.label ?? DEFAULT_LABEL.vector, value, a) };
        break;
      }
      case 'expression':
        answer = {
          ...a,
          value: a.value(p),
          tex: a.tex(p),
          typed: a.typed(p),
          label: a.label ?? DEFAULT_LABEL.expression,
        };
        break;
      case 'choice':
        answer = {
          kind: 'choice',
          multiple: a.multiple ?? false,
          options: typeof a.options === 'function' ? a.options(p) : a.options,
        };
        break;
    }
    return {
      id: d.id,
      lesson: d.lesson,
      title: d.title,
      seed,
      prompt: d.prompt(p),
      answer,
      mistakes: (d.mistakes ?? []).map((m) => ({ value: m.value(p), feedback: text(m.feedback, p) })),
      hints: d.hints.map((h) => text(h, p)),
      solution: d.solution(p),
    };
  };
  return {
    id: d.id,
    lesson: d.lesson,
    title: d.title,
    kind: d.answer.kind,
    instantiate,
    paramsOf: (seed: number) => d.params(rng(seed)),
  };
}
