export interface LegendItem {
  id: string;
  label: string;
  color: string;
  dash?: string;
  note?: string;
  /** The sample drawn beside the label, matching how the plot draws the item (default a line). */
  mark?: 'line' | 'dot' | 'ring' | 'cross' | 'star';
}

/** A legend row under a plot: a sample of the mark, the label and an optional note ("diverged at step 12"). */
export function Legend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="wk-legend">
      {items.map((it) => (
        <li key={it.id}>
          <svg width="26" height="12" aria-hidden="true">
            <LegendMark item={it} />
          </svg>
          <span>{it.label}</span>
          {it.note && <span className="wk-legend-note">— {it.note}</span>}
        </li>
      ))}
    </ul>
  );
}

function LegendMark({ item }: { item: LegendItem }) {
  switch (item.mark ?? 'line') {
    case 'dot':
      return <circle cx="13" cy="6" r="3.5" fill={item.color} />;
    case 'ring':
      return <circle cx="13" cy="6" r="4" fill="var(--surface)" stroke={item.color} strokeWidth="2" />;
    case 'cross':
      return <path d="M8 1 L18 11 M8 11 L18 1" stroke={item.color} strokeWidth="2.5" />;
    case 'star':
      return (
        <polygon
          points="13,0.5 14.6,4.4 18.7,4.4 15.4,7 16.6,11.2 13,8.8 9.4,11.2 10.6,7 7.3,4.4 11.4,4.4"
          fill={item.color}
        />
      );
    default:
      return (
        <line
          x1="1"
          x2="25"
          y1="6"
          y2="6"
          stroke={item.color}
          strokeWidth="2.5"
          strokeDasharray={item.dash || undefined}
        />
      );
  }
}
