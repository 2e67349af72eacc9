import type { ReactNode } from 'react';

/**
 * The space a result will fill, shown until it first arrives (e.g. from a worker): a dashed box of
 * the result's height with a short line of text, so nothing moves when the result lands.
 */
export function Placeholder({ height, children }: { height: number; children: ReactNode }) {
  return (
    <p className="wk-placeholder" style={{ height }}>
      {children}
    </p>
  );
}
