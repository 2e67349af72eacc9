import type { ReactNode } from 'react';
import { useHydrated } from '../useHydrated.ts';

export interface SelectSlotProps {
  /** The id the control's <label> points at: the select's, or the stand-in's until then. */
  id: string;
  /** Every option's label: the slot is as wide as the widest, with room for the select's arrow. */
  labels: readonly string[];
  /** The label of the option chosen, which the stand-in shows. */
  current: string;
  /** The real <select>, rendered once the island has hydrated (or at once in a client render). */
  children: ReactNode;
  /** Shown dimmed, as the disabled select will be. */
  disabled?: boolean;
  /** As wide as its container (a .wk-control stretches it anyway), not as its widest option. */
  stretch?: boolean;
}

/**
 * Where a native <select> goes, sized by its options' labels rather than by the select itself,
 * with an <output> standing in for it in the server HTML and while React hydrates.
 *
 * Why: a <select> anywhere in the served HTML made Chromium lay out its whole widget when the
 * document finished parsing, even off screen inside a `content-visibility: auto` block that is
 * otherwise skipped (issue 33): on the adaptive-methods lesson that end-of-parse task took 30–36 ms
 * of layout at 1× with its two selects and 6–9 ms without them, about 130 ms of blocking time under
 * Lighthouse's 4× CPU. An <output> is labelable, reads as the setting's current value, and is not a
 * form field; it has the select's box exactly (same width from the same sizers, same fixed height),
 * so nothing shifts when the select replaces it. Before hydration the widget answers nothing, so a
 * control that looked operable would only lose the reader's choice.
 */
export function SelectSlot({ id, labels, current, children, disabled, stretch }: SelectSlotProps) {
  const hydrated = useHydrated();
  return (
    <span className={stretch ? 'wk-select-slot wk-stretch' : 'wk-select-slot'}>
      {hydrated ? (
        children
      ) : (
        <output id={id} className="wk-select-standin" data-disabled={disabled || undefined}>
          {current}
        </output>
      )}
      {labels.map((label, i) => (
        // generated content (::before): not part of the page's text, its search index or narration
        <span key={i} className="wk-select-sizer" data-label={label} aria-hidden="true" />
      ))}
    </span>
  );
}
