export interface LegendItem { id: string; label: string; color: string; dash?: string; note?: string }

/** A legend row under a plot: line sample, label and an optional note ("diverged at step 12"). */
export function Legend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="wk-legend">
      {items.map((it) => (
        <li key={it.id}>
          <svg width="26" height="10" aria-hidden="true">
            <line x1="1" x2="25" y1="5" y2="5" stroke={it.color} strokeWidth="2.5" strokeDasharray={it.dash || undefined} />
          </svg>
          <span>{it.label}</span>
          {it.note && <span className="wk-legend-note">— {it.note}</span>}
        </li>
      ))}
    </ul>
  );
}
