import { Suspense, lazy, useEffect, useId, useRef, useState } from 'react';
import type { RunExplorerProps } from './RunExplorer.tsx';
import './runExplorer.css';

// Recharts (~136 KB gzip) comes with the explorer, fetched when a reader first opens it: a page
// that shows a race loads none of it before then (tests/size-budget.spec.ts).
const RunExplorer = lazy(() => import('./RunExplorer.tsx'));

export interface ExploreRunsProps extends RunExplorerProps {
  /**
   * False until there are recorded runs (the button waits for the first finished race). Keep it
   * true while a newer race computes: the explorer shows the last finished runs, and a button
   * that flipped on every slider press would cost the widget a relayout per press.
   */
  ready: boolean;
  /** The explorer's heading (default "Explore these runs"). */
  title?: string;
  /** The opening button's text (default "Explore these runs"); name each when a widget has two. */
  label?: string;
}

/**
 * "Explore these runs": a button under a finished race that opens the RunExplorer inline below
 * the widget. Opening moves focus to the explorer's heading; "Close the explorer" (or Escape
 * inside it) closes it and gives focus back to the button.
 */
export function ExploreRuns({
  ready,
  title = 'Explore these runs',
  label = 'Explore these runs',
  ...explorer
}: ExploreRunsProps) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLElement>(null);
  const returnFocus = useRef(false);
  const id = useId();
  useEffect(() => {
    if (open) heading.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      opener.current?.focus();
    }
  }, [open]);
  const close = () => {
    returnFocus.current = true;
    setOpen(false);
  };
  // Escape anywhere inside the open explorer closes it (a listener on the panel: the section is
  // not a control, its buttons and the chart are).
  useEffect(() => {
    const el = panel.current;
    if (!open || !el) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      returnFocus.current = true;
      setOpen(false);
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <div className="wk-explore">
      <button
        ref={opener}
        type="button"
        className="wk-explore-open"
        aria-expanded={open}
        aria-controls={id}
        disabled={!ready && !open}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {open ? 'Close the explorer' : label}
      </button>
      {!ready && !open && <span className="wk-hint"> (when the runs have finished)</span>}
      {open && (
        <section id={id} className="wk-explore-panel" aria-labelledby={`${id}-h`} ref={panel}>
          <h4 id={`${id}-h`} ref={heading} tabIndex={-1}>
            {title}
          </h4>
          <Suspense fallback={<p className="wk-hint">Loading the explorer…</p>}>
            <RunExplorer {...explorer} />
          </Suspense>
          <button type="button" onClick={close}>
            Close the explorer
          </button>
        </section>
      )}
    </div>
  );
}
