import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { answerKey, optionLetter } from '../../src/lib/problems/answerKey.ts';
import type { Problem } from '../../src/lib/problems/problemTypes.ts';
import { loadProblem } from '../../src/lib/problems/registry.ts';
import { parseSeedList } from '../../src/lib/problems/seedList.ts';
import { Markdown } from '../problems/Markdown.tsx';
import { loadMarkdown } from '../problems/markdownLoader.ts';
import './print.css';

export interface PrintLesson {
  slug: string;
  title: string;
  problems: { id: string; title: string }[];
}

// The two status lines the server renders before the query is read (see the first render below).
const CHOOSE_A_LESSON = 'Choose a lesson on the instructors page to print its problems.';
const PREPARING = 'Preparing the sheets…';

type Kind = 'key' | 'worksheet';
type Request =
  { ok: true; lesson: PrintLesson; seeds: number[]; kind: Kind } | { ok: false; message: string };

function readRequest(search: string, lessons: PrintLesson[]): Request {
  const q = new URLSearchParams(search);
  const lesson = lessons.find((l) => l.slug === q.get('lesson'));
  if (!lesson) return { ok: false, message: CHOOSE_A_LESSON };
  const seeds = parseSeedList(q.get('seeds') ?? '');
  if (!seeds.ok) return { ok: false, message: seeds.message };
  return { ok: true, lesson, seeds: seeds.seeds, kind: q.get('kind') === 'worksheet' ? 'worksheet' : 'key' };
}

/**
 * Printable answer keys and worksheets for a lesson and a list of seeds (`?lesson=&seeds=&kind=`):
 * one sheet per seed, each problem's variant for that seed (what an embed or package with that
 * fixed seed shows). Keys give the answer, what is accepted and the worked solution; worksheets
 * the problems with room to write. Made in the browser from the problem modules themselves.
 */
export default function PrintSheets({ lessons }: { lessons: PrintLesson[] }) {
  // The query is read after hydration; the server renders both status lines, as the client's first
  // render does, and print.css shows the one the query asks for (marked before paint, printRequest.js).
  const search = useSyncExternalStore(
    () => () => {},
    () => window.location.search,
    () => null,
  );
  const request = useMemo(() => (search === null ? null : readRequest(search, lessons)), [search, lessons]);
  const [loaded, setLoaded] = useState<{ problems: Problem[] } | { failed: true } | null>(null);
  useEffect(() => {
    if (!request?.ok) return;
    let live = true;
    // The Markdown renderer is its own chunk (markdownLoader.ts): nothing renders before it is here.
    Promise.all([Promise.all(request.lesson.problems.map((p) => loadProblem(p.id))), loadMarkdown()]).then(
      ([all]) => live && setLoaded({ problems: all.filter((p): p is Problem => p !== undefined) }),
      () => live && setLoaded({ failed: true }),
    );
    return () => {
      live = false;
    };
  }, [request]);

  if (!request)
    return (
      <p className="print-status">
        <span className="print-status-sheets">{PREPARING}</span>
        <span className="print-status-choose">{CHOOSE_A_LESSON}</span>
      </p>
    );
  if (!request.ok)
    return (
      <p className="print-status" role="alert">
        {request.message}
      </p>
    );
  if (loaded && 'failed' in loaded)
    return (
      <p className="print-status" role="alert">
        The problems could not be loaded. Reload the page to try again.
      </p>
    );
  if (!loaded) return <p className="print-status">{PREPARING}</p>;
  const { problems } = loaded;
  const { lesson, seeds, kind } = request;
  const what = kind === 'key' ? 'Answer key' : 'Worksheet';
  return (
    <div className="print-sheets" data-print-ready data-kind={kind}>
      <div className="print-toolbar no-print">
        <p>
          {what}
          {seeds.length > 1 ? 's' : ''} for “{lesson.title}”: {seeds.length} sheet
          {seeds.length > 1 ? 's' : ''} ({seeds.length > 1 ? 'seeds' : 'seed'} {seeds.join(', ')}), each
          starting on a new page.
        </p>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      {seeds.map((seed) => (
        <article className="sheet" key={seed} aria-labelledby={`sheet-${seed}`}>
          <header className="sheet-head">
            <h2 id={`sheet-${seed}`}>
              {lesson.title}: {what.toLowerCase()}
            </h2>
            <p className="sheet-meta">
              Seed {seed} · Descent
              {kind === 'worksheet' && (
                <span className="sheet-name">
                  Name <span className="sheet-line" />
                </span>
              )}
            </p>
          </header>
          <ol className="sheet-problems">
            {problems.map((p) => {
              const inst = p.instantiate(seed);
              const a = inst.answer;
              return (
                <li className="sheet-problem" key={p.id}>
                  <h3>{inst.title}</h3>
                  <Markdown className="sheet-prompt" text={inst.prompt} />
                  {a.kind === 'choice' && (
                    <ul className="sheet-options">
                      {a.options.map((o, i) => (
                        <li key={o.id}>
                          <span className="sheet-box" aria-hidden="true" /> ({optionLetter(i)}){' '}
                          <Markdown inline text={o.label} />
                        </li>
                      ))}
                    </ul>
                  )}
                  {kind === 'worksheet' ? (
                    <>
                      {a.kind !== 'choice' && <div className="sheet-space" aria-hidden="true" />}
                      <p className="sheet-answer-line">
                        {a.kind === 'choice'
                          ? a.multiple
                            ? 'Tick every correct option.'
                            : 'Tick one option.'
                          : ''}
                        {a.kind !== 'choice' && (
                          <>
                            <span>{a.label}:</span> <span className="sheet-line" />
                          </>
                        )}
                      </p>
                    </>
                  ) : (
                    <>
                      <p className="sheet-answer">
                        <strong>Answer:</strong> <Markdown inline text={answerKey(inst)} />
                      </p>
                      <div className="sheet-solution">
                        <p className="sheet-solution-title">Worked solution</p>
                        <Markdown text={inst.solution} />
                      </div>
                    </>
                  )}
                </li>
              );
            })}
          </ol>
        </article>
      ))}
    </div>
  );
}
