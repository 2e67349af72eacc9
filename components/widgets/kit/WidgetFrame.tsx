import { useId, useState, type ReactNode } from 'react';
import { useHydrated } from './useHydrated.ts';
import { useRelayoutBoundary } from './useRelayoutBoundary.ts';
import type { UrlNotice } from '../../../src/lib/urlState/index.ts';
import './kit.css';

export interface WidgetFrameProps {
  /** Anchor id (the widget's URL namespace); "Copy link" points here. */
  id: string;
  title: string;
  /** What the widget shows, in a sentence or two (plain text or simple JSX). */
  description: ReactNode;
  /** The outcome in words, announced politely when it changes (aria-live). */
  summary: string;
  onReset: () => void;
  /** Returns the URL reproducing the current setup. */
  link: () => string;
  notices?: readonly UrlNotice[];
  onDismissNotices?: () => void;
  /** Extra buttons next to Reset (e.g. "New seed"). */
  actions?: ReactNode;
  /** Controls, shown above the plot on narrow screens and beside it on wide ones. */
  controls?: ReactNode;
  /** The part of the view that comes before the controls on narrow screens (e.g. the boards and
   *  Play of a playground); on wide screens it heads the view column. It precedes the controls in
   *  the DOM too, so the tab order follows what a phone shows. */
  lead?: ReactNode;
  children: ReactNode;
  /** Height reserved before and after hydration so the page does not jump (CSS length). */
  minHeight?: string;
}

type CopyStatus = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/**
 * The chrome every widget shares: title, description, controls, the plot, a live summary,
 * notices about the link it was opened from, Reset and "Copy link to this setup".
 */
export function WidgetFrame({
  id,
  title,
  description,
  summary,
  onReset,
  link,
  notices = [],
  onDismissNotices,
  actions,
  controls,
  lead,
  children,
  minHeight = '32rem',
}: WidgetFrameProps) {
  const headingId = useId();
  const [copy, setCopy] = useState<CopyStatus>({ kind: 'idle' });
  // True only once React has hydrated the island and attached its handlers, so `data-hydrated`
  // tells tests (and anyone scripting the page) the controls are live. Astro's removal of the
  // island's `ssr` attribute happens earlier, while React may still be hydrating.
  const hydrated = useHydrated();
  // Changes inside the widget lay out the widget alone (see useRelayoutBoundary).
  const [frameRef, contentRef] = useRelayoutBoundary<HTMLElement, HTMLDivElement>();

  async function copyLink() {
    const url = link();
    try {
      await navigator.clipboard.writeText(url);
      setCopy({ kind: 'copied' });
    } catch {
      // No clipboard permission (e.g. an insecure origin): show the link to copy by hand.
      setCopy({ kind: 'manual', url });
    }
  }

  return (
    <section
      ref={frameRef}
      className="wk-frame"
      id={id}
      aria-labelledby={headingId}
      style={{ minHeight }}
      data-hydrated={hydrated ? 'true' : undefined}
      data-pagefind-ignore="all"
    >
      <div className="wk-frame-content" ref={contentRef}>
        <header className="wk-head">
          <h3 id={headingId} className="wk-title">
            {title}
          </h3>
          <div className="wk-actions">
            {actions}
            <button
              type="button"
              className="wk-button"
              onClick={() => {
                setCopy({ kind: 'idle' });
                onReset();
              }}
            >
              Reset
            </button>
            <button type="button" className="wk-button" onClick={copyLink}>
              Copy link to this setup
            </button>
            {/* Instructors: set this widget up and embed it elsewhere (hidden inside embeds). */}
            <a
              className="wk-button wk-embed-link"
              href={`${import.meta.env.BASE_URL}instructors/?widget=${encodeURIComponent(id)}#builder-heading`}
              aria-label={`Embed “${title}” in your own page`}
            >
              Embed
            </a>
          </div>
          {/* Right under the button that asked for it, not below the plot (a screen away on phones). */}
          <p className="wk-copy-status" aria-live="polite">
            {copy.kind === 'copied' && 'Link copied.'}
            {copy.kind === 'manual' && (
              <label>
                Copy this link:{' '}
                <input
                  className="wk-link-field"
                  readOnly
                  value={copy.url}
                  ref={(el) => el?.select()}
                  onFocus={(e) => e.currentTarget.select()}
                />
              </label>
            )}
          </p>
        </header>
        <p className="wk-description">{description}</p>
        {notices.length > 0 && (
          <div className="wk-notice" role="status">
            <p className="wk-notice-head">Some values in the link were adjusted:</p>
            <ul>
              {notices.map((n) => (
                <li key={n.key + n.kind}>{n.message}</li>
              ))}
            </ul>
            {onDismissNotices && (
              <button type="button" className="wk-button wk-small" onClick={onDismissNotices}>
                Dismiss
              </button>
            )}
          </div>
        )}
        <div className={lead ? 'wk-body wk-has-lead' : 'wk-body'}>
          {lead && <div className="wk-view wk-lead">{lead}</div>}
          {controls && <div className="wk-controls">{controls}</div>}
          <div className="wk-view">{children}</div>
        </div>
        <p className="wk-summary" aria-live="polite">
          {summary}
        </p>
      </div>
    </section>
  );
}
