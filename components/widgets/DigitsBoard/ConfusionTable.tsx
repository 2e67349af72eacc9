import { memo, useId } from 'react';

export interface ConfusionTableProps {
  /** k × k counts, counts[true·k + predicted]. */
  counts: Uint32Array;
  classes: number;
  caption: string;
}

/**
 * The confusion matrix as a table (rows: true class, columns: predicted), each cell shaded by its
 * share of the row, so the diagonal reads as accuracy per class and the bright off-diagonal cells
 * are the confusions; the counts are the cells' text, so a screen reader gets the same table.
 */
export const ConfusionTable = memo(function ConfusionTable({
  counts,
  classes,
  caption,
}: ConfusionTableProps) {
  const k = classes;
  const rowTotal = (t: number) => {
    let s = 0;
    for (let p = 0; p < k; p++) s += counts[t * k + p];
    return s;
  };
  const classesList = Array.from({ length: k }, (_, i) => i);
  const captionId = useId();
  // The caption sits outside the box that may scroll sideways on a phone, so it wraps to the width.
  return (
    <figure className="digits-figure">
      <figcaption id={captionId}>{caption}</figcaption>
      <div
        className="wk-table-scroll digits-confusion-scroll"
        tabIndex={0}
        role="region"
        aria-labelledby={captionId}
      >
        <table className="wk-table digits-confusion" aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">
                <span className="digits-corner">
                  true ↓<br />
                  pred. →
                </span>
              </th>
              {classesList.map((p) => (
                <th key={p} scope="col">
                  {p}
                </th>
              ))}
              <th scope="col">right</th>
            </tr>
          </thead>
          <tbody>
            {classesList.map((t) => {
              const total = rowTotal(t);
              return (
                <tr key={t}>
                  <th scope="row">{t}</th>
                  {classesList.map((p) => {
                    const n = counts[t * k + p];
                    const share = total > 0 ? n / total : 0;
                    return (
                      <td
                        key={p}
                        className={t === p ? 'digits-hit' : n > 0 ? 'digits-miss' : undefined}
                        style={{ '--share': share.toFixed(3) } as React.CSSProperties}
                      >
                        {n}
                      </td>
                    );
                  })}
                  <td>{total > 0 ? `${Math.round((100 * counts[t * k + t]) / total)}%` : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </figure>
  );
});
