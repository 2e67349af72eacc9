import type { ReactNode } from 'react';

export interface ResultViewProps {
  /** A newer result is being computed: the view dims its plots (no spinner) and says so with aria-busy. */
  pending: boolean;
  /** The computation failed: said above the view, in words. */
  error?: string | null;
  /** What failed, before the error message (default "The run failed"). */
  errorPrefix?: string;
  children: ReactNode;
}

/** The part of a widget that shows a computed result: its plots dimmed while pending (its text is not), with the error if any. */
export function ResultView({ pending, error, errorPrefix = 'The run failed', children }: ResultViewProps) {
  return (
    <div aria-busy={pending} className={pending ? 'wk-pending' : undefined}>
      {error && (
        <p className="wk-notice" role="status">
          {errorPrefix}: {error}
        </p>
      )}
      {children}
    </div>
  );
}
