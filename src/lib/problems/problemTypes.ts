import type { Rng } from '@descent/optim';
import type { ChoiceOption } from '../answers/checkChoice.ts';
import type { Tolerance } from '../answers/isClose.ts';
import type { ExpressionVariable } from '../answers/parseExpressionAnswer.ts';
import type { Evaluator } from '../answers/types.ts';

/** Lessons that can own problems (the `content/problems/<lesson>/` folder names). */
export const LESSON_SLUGS = [
  'notation',
  'sgd',
  'variance-reduction',
  'momentum',
  'adaptive-methods',
  'adamw',
  'schedules',
  'capstone',
] as const;
export type LessonSlug = (typeof LESSON_SLUGS)[number];

type Md<P> = string | ((p: P) => string);

/** What the student enters and what it is checked against; values are computed from the params. */
export type AnswerSpec<P> =
  | ({ kind: 'number'; value: (p: P) => number; label?: string; unit?: string } & Tolerance)
  | ({ kind: 'vector'; length: number; value: (p: P) => readonly number[]; label?: string } & Tolerance)
  | ({
      kind: 'expression';
      variables: readonly ExpressionVariable[];
      value: (p: P) => Evaluator;
      /** TeX of the key, for the solution. */
      tex: (p: P) => string;
      /** The key as a student would type it (the tests check it passes). */
      typed: (p: P) => string;
      label?: string;
    } & Tolerance)
  | {
      kind: 'choice';
      multiple?: boolean;
      options: readonly ChoiceOption[] | ((p: P) => readonly ChoiceOption[]);
    };

/**
 * A typical wrong answer, recognised with the answer's own tolerance, and what to say about it.
 * A value of NaN means the mistake does not apply to this variant (e.g. "off by one" at t = 1).
 */
export interface MistakeSpec<P> {
  value: (p: P) => number | readonly number[] | Evaluator;
  feedback: Md<P>;
}

/** A problem as authored in `content/problems/<lesson>/<id>.ts`. */
export interface ProblemDefinition<P> {
  /** Stable, unique, kebab-case; equals the file name; used in URLs and progress. */
  id: string;
  lesson: LessonSlug;
  title: string;
  params: (rng: Rng) => P;
  prompt: (p: P) => string;
  answer: AnswerSpec<P>;
  mistakes?: readonly MistakeSpec<P>[];
  hints: readonly Md<P>[];
  solution: (p: P) => string;
}

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
