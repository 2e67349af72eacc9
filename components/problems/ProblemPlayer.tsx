import { Fragment, useEffect, useId, useRef, useState } from 'react';
import type { Problem } from '../../src/lib/problems/problemTypes.ts';
import { NOT_QUITE } from '../../src/lib/problems/verdict.ts';
import { loadProblem } from '../../src/lib/problems/registry.ts';
import { AnswerField } from './AnswerField.tsx';
import { ChoiceField } from './ChoiceField.tsx';
import { useInputTools } from './lazyTools.ts';
import { Markdown } from './Markdown.tsx';
import { loadMarkdown } from './markdownLoader.ts';
import { useProblemSession } from './useProblemSession.ts';
import { useProgress } from './useProgress.ts';

interface Props {
  id: string;
  title: string;
  /** Heading level of the title inside its page (2 on a page of its own, 3 under a lesson heading). */
  headingLevel?: 2 | 3 | 4;
}

const PLACEHOLDER: Record<string, string> = {
  number: 'e.g. 0.25, 3/4 or 1.5e-3',
  vector: 'e.g. [0.5, -1]',
  expression: 'e.g. 1/sqrt(t)',
};

/**
 * A practice problem: prompt, answer field(s), Check, verdict, attempts, hints, worked solution and
 * new variant, in the accessible structure of design/problems.md. The problem module is loaded
 * when the island hydrates; progress comes from the shared store.
 */
export function ProblemPlayer({ id, title, headingLevel = 3 }: Props) {
  const headingId = `problem-${id}-title`;
  const H = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  const [problem, setProblem] = useState<Problem | null | undefined>(undefined);
  const { progress, store } = useProgress();
  useEffect(() => {
    let live = true;
    // The problem module and the Markdown renderer load in parallel; the text renders once both are in.
    Promise.all([loadProblem(id), loadMarkdown()]).then(
      ([p]) => live && setProblem(p ?? null),
      () => live && setProblem(null),
    );
    return () => {
      live = false;
    };
  }, [id]);

  return (
    <section className="problem" data-problem-id={id} aria-labelledby={headingId}>
      <H id={headingId} className="problem-title">
        {title}
      </H>
      {problem === null && (
        <p className="problem-note">This problem could not be loaded. Reload the page to try again.</p>
      )}
      {problem && progress && store ? (
        <ProblemBody problem={problem} progress={progress} store={store} />
      ) : (
        problem !== null && (
          <p className="problem-loading" data-pagefind-ignore>
            Loading the problem… (it needs JavaScript to check answers)
          </p>
        )
      )}
    </section>
  );
}

function ProblemBody({
  problem,
  progress,
  store,
}: {
  problem: Problem;
  progress: NonNullable<ReturnType<typeof useProgress>['progress']>;
  store: NonNullable<ReturnType<typeof useProgress>['store']>;
}) {
  const s = useProblemSession(problem, progress, store);
  // The parser/checker chunk loads when the student first reaches for an answer field.
  const [tools, wantTools] = useInputTools();
  const a = s.instance.answer;
  const baseId = useId();
  const hints = s.instance.hints.slice(0, s.record.hintsUsed);
  const status = s.verdict ?? (s.record.solved ? { kind: 'correct' as const, feedback: [] } : undefined);
  // A returning student whose box no longer holds the accepted answer is told what was accepted.
  const solvedEarlierWith =
    !s.verdict && s.record.solved && s.record.solvedInput !== undefined && s.record.solvedInput !== s.input
      ? s.record.solvedInput
      : undefined;
  // "Show solution" and the last "Show hint" remove themselves; focus then moves to what they
  // revealed instead of falling back to the page body.
  // Where focus goes after the render a click causes (each request comes with a state change).
  const focusNext = useRef<'hint' | 'solution' | 'confirm' | 'show' | null>(null);
  const lastHintRef = useRef<HTMLLIElement>(null);
  const solutionRef = useRef<HTMLDivElement>(null);
  const keepTryingRef = useRef<HTMLButtonElement>(null);
  const showSolutionRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'hint') lastHintRef.current?.focus();
    if (target === 'solution') solutionRef.current?.focus();
    if (target === 'confirm') keepTryingRef.current?.focus();
    if (target === 'show') showSolutionRef.current?.focus();
  });
  // Graded: opening the solution before solving costs this variant's point, so it is confirmed.
  const [confirming, setConfirming] = useState(false);
  const graded = s.mode.graded;
  const costsPoint = graded && !s.record.solved;
  return (
    <>
      {store.notice && (
        <p className="problem-note" role="note">
          {store.notice}
        </p>
      )}
      {!store.persistent && (
        <p className="problem-note" role="note">
          This browser does not allow saving, so your progress lasts only until you leave the page.
        </p>
      )}
      {graded && s.mode.source === 'embed' && (
        // In a SCORM package the runtime's note at the top says this, with what the LMS records.
        <p className="problem-note" role="note" data-mode="graded">
          Graded: a problem counts as solved only if you solve it without opening its worked solution. Hints
          are free.
          {s.canChangeVariant ? ' After opening a solution, solve a new variant to earn the point.' : ''}
        </p>
      )}
      <Markdown className="problem-prompt" text={s.instance.prompt} />
      <form
        className="problem-form"
        // What the answer expects, for tests and embeds that must type into any problem (the corpus spec).
        data-answer-kind={a.kind}
        data-vector-length={a.kind === 'vector' ? a.length : undefined}
        data-variables={a.kind === 'expression' ? a.variables.map((v) => v.name).join(' ') : undefined}
        noValidate
        onFocus={wantTools}
        onPointerDown={wantTools}
        onSubmit={(e) => {
          e.preventDefault();
          s.check();
        }}
      >
        {a.kind === 'choice' ? (
          <ChoiceField
            options={a.options}
            multiple={a.multiple}
            selected={s.input.split(',').filter(Boolean)}
            onChange={(ids) => s.setInput(ids.join(','))}
            error={s.invalid}
          />
        ) : (
          <AnswerField
            label={a.label}
            value={s.input}
            onChange={s.setInput}
            error={s.invalid}
            preview={tools?.previewOf(a, s.input)}
            placeholder={PLACEHOLDER[a.kind]}
            unit={a.kind === 'number' ? a.unit : undefined}
          />
        )}
        <div className="problem-actions">
          <button type="submit" className="btn-primary">
            Check
          </button>
          <span className="attempts">Attempts: {s.record.attempts}</span>
          {s.record.solved && (
            <span className="solved-badge">
              {!s.record.solvedWithSolution
                ? 'Solved'
                : graded
                  ? 'Solved after viewing the solution (no point)'
                  : 'Solved after viewing the solution'}
            </span>
          )}
        </div>
      </form>
      <div role="status" className={`verdict ${status ? `verdict-${status.kind}` : ''}`}>
        {status?.kind === 'correct' &&
          (solvedEarlierWith !== undefined ? (
            <p>
              <strong>Solved earlier</strong> with the answer “{solvedEarlierWith}”.
            </p>
          ) : (
            <p>
              <strong>Correct.</strong>
              {/* Each piece of feedback is a sentence of its own: keep a space between them. */}
              {status.feedback.map((f, i) => (
                <Fragment key={i}>
                  {' '}
                  <Markdown inline text={f} />
                </Fragment>
              ))}
            </p>
          ))}
        {(status?.kind === 'mistake' || status?.kind === 'wrong') && (
          <>
            <p>
              <strong>{status.kind === 'mistake' ? 'Not quite.' : NOT_QUITE}</strong>
            </p>
            {status.kind === 'mistake' &&
              status.feedback.map((f, i) => (
                <p key={i}>
                  <Markdown inline text={f} />
                </p>
              ))}
          </>
        )}
      </div>
      {hints.length > 0 && (
        <ol className="hints" aria-label="Hints">
          {hints.map((h, i) => (
            <li
              key={i}
              ref={i === hints.length - 1 ? lastHintRef : undefined}
              tabIndex={i === hints.length - 1 ? -1 : undefined}
            >
              <Markdown text={h} />
            </li>
          ))}
        </ol>
      )}
      <div className="problem-tools">
        {s.record.hintsUsed < s.instance.hints.length && (
          <button
            type="button"
            onClick={() => {
              if (s.record.hintsUsed + 1 === s.instance.hints.length) focusNext.current = 'hint';
              s.showHint();
            }}
          >
            Show hint {s.record.hintsUsed + 1} of {s.instance.hints.length}
          </button>
        )}
        {!s.solutionVisible && !confirming && (
          <button
            type="button"
            ref={showSolutionRef}
            onClick={() => {
              if (costsPoint) {
                setConfirming(true);
                focusNext.current = 'confirm';
                return;
              }
              focusNext.current = 'solution';
              s.showSolution();
            }}
          >
            Show solution
          </button>
        )}
        {s.canChangeVariant && (
          <button type="button" onClick={s.newVariant}>
            New variant
          </button>
        )}
      </div>
      {confirming && !s.solutionVisible && (
        <div className="solution-confirm" role="group" aria-labelledby={`${baseId}-confirm`}>
          <p id={`${baseId}-confirm`}>
            Open the worked solution? This variant then earns no point
            {s.canChangeVariant ? '; a new variant still can.' : '.'}
          </p>
          <button
            type="button"
            onClick={() => {
              setConfirming(false);
              focusNext.current = 'solution';
              s.showSolution();
            }}
          >
            Open the solution
          </button>{' '}
          <button
            type="button"
            ref={keepTryingRef}
            onClick={() => {
              setConfirming(false);
              focusNext.current = 'show';
            }}
          >
            Keep trying
          </button>
        </div>
      )}
      {s.solutionVisible && (
        <div
          className="solution"
          aria-labelledby={`${baseId}-sol`}
          role="region"
          tabIndex={-1}
          ref={solutionRef}
        >
          <p id={`${baseId}-sol`} className="solution-title">
            Worked solution
          </p>
          <Markdown text={s.instance.solution} />
        </div>
      )}
      <p className="problem-meta">
        {graded ? 'Graded · ' : ''}
        {s.fixedSeed !== undefined
          ? `Seed ${s.fixedSeed + s.variant} (fixed by the ${s.mode.source === 'lms' ? 'activity' : 'link'})`
          : `Variant ${s.variant + 1}`}
      </p>
    </>
  );
}
