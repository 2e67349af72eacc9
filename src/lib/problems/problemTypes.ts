// The types of what defineProblem makes. What authors write (ProblemDefinition) is inferred from
// the schema in problemSchema.ts.
import type { ChoiceOption } from '../answers/checkChoice.ts';
import type { Tolerance } from '../answers/isClose.ts';
import type { ExpressionVariable } from '../answers/parseExpressionAnswer.ts';
import type { Evaluator } from '../answers/types.ts';
export type { ProblemDefinition } from './problemSchema.ts';

/** Lessons that can own problems (the `content/problems/<lesson>/` folder names). */
export const LESSON_SLUGS = [
  'notation',
  'sgd',
  'variance-reduction',
  'momentum',
  'adaptive-methods',
  'adamw',
  'schedules',
  'beyond-adamw',
  'capstone',
] as const;
export type LessonSlug = (typeof LESSON_SLUGS)[number];

/** The answer of one variant, with every value computed. */
export type InstanceAnswer =
  | ({ kind: 'number'; value: number; label: string; unit?: string } & Tolerance)
  | ({ kind: 'vector'; length: number; value: readonly number[]; label: string } & Tolerance)
  | ({
      kind: 'expression';
      variables: readonly ExpressionVariable[];
      value: Evaluator;
      tex: string;
      typed: string;
      label: string;
    } & Tolerance)
  | { kind: 'choice'; multiple: boolean; options: readonly ChoiceOption[] };

/** One variant of a problem: everything the player shows and checks, no functions of params left. */
export interface ProblemInstance {
  id: string;
  lesson: LessonSlug;
  title: string;
  seed: number;
  prompt: string;
  answer: InstanceAnswer;
  mistakes: { value: number | readonly number[] | Evaluator; feedback: string }[];
  hints: string[];
  solution: string;
}

/** A validated problem: its static facts and a way to draw a variant from a seed. */
export interface Problem<P = unknown> {
  id: string;
  lesson: LessonSlug;
  title: string;
  kind: InstanceAnswer['kind'];
  instantiate(seed: number): ProblemInstance;
  /** The params `instantiate(seed)` uses, so a test can recompute the answer its own way. */
  paramsOf(seed: number): P;
}
