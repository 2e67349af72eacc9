import type { KatexOptions, TrustContext } from 'katex';

/**
 * The one class a lesson formula may carry: `eq-series-N` colours a symbol like series N of the
 * widget beside it (`--series-N`, kit.css), e.g. `\htmlClass{eq-series-2}{\theta_t}`.
 */
export const SERIES_CLASS = /^eq-series-[1-6]$/;

/**
 * KaTeX's trust policy for lessons: `\htmlClass` with a series class and nothing else. Any other
 * HTML command (`\href`, `\url`, `\htmlId`, `\htmlStyle`, `\htmlData`, `\includegraphics`, an
 * `\htmlClass` with another class) fails the build with a message, where an untrusted command
 * would otherwise be drawn as red source text on the page.
 */
export function trustSeriesClass(context: TrustContext): boolean {
  if (context.command === '\\htmlClass' && SERIES_CLASS.test(context.class)) return true;
  const what = context.command === '\\htmlClass' ? `\\htmlClass{${context.class}}` : context.command;
  throw new Error(
    `${what} is not allowed in lesson math: only \\htmlClass{eq-series-N}{…} (N = 1…6) is trusted`,
  );
}

/**
 * Strict mode except for HTML extensions: KaTeX reports `\htmlClass` as non-standard LaTeX
 * ("htmlExtension"); which of them may be used at all is {@link trustSeriesClass}'s decision.
 */
export const strictExceptHtmlClass = (errorCode: string): 'ignore' | 'error' =>
  errorCode === 'htmlExtension' ? 'ignore' : 'error';

/** The options every lesson formula is rendered with: rehype-katex (`$…$`) and `math`…`` alike. */
export const LESSON_KATEX = {
  strict: strictExceptHtmlClass,
  trust: trustSeriesClass,
  throwOnError: true,
  output: 'htmlAndMathml',
} as const satisfies KatexOptions;
