import { useId } from 'react';
import type { ChoiceOption } from '../../src/lib/answers/checkChoice.ts';
import { Markdown } from './Markdown.tsx';
import { texToText } from './texToText.ts';

interface Props {
  options: readonly ChoiceOption[];
  multiple: boolean;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string;
}

/** Radio buttons (single choice) or checkboxes (multiple) in a fieldset with a visible legend. */
export function ChoiceField({ options, multiple, selected, onChange, error }: Props) {
  const name = useId();
  const errorId = `${name}-error`;
  const toggle = (id: string, on: boolean) => {
    if (!multiple) return onChange([id]);
    const set = new Set(selected);
    if (on) set.add(id);
    else set.delete(id);
    onChange(options.map((o) => o.id).filter((x) => set.has(x)));
  };
  return (
    <fieldset
      className="choice-field"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{multiple ? 'Select all that apply' : 'Select one answer'}</legend>
      {options.map((o) => (
        <label key={o.id} className="choice-option">
          <input
            type={multiple ? 'checkbox' : 'radio'}
            name={name}
            value={o.id}
            checked={selected.includes(o.id)}
            onChange={(e) => toggle(o.id, e.target.checked)}
            aria-label={texToText(o.label)}
          />
          <Markdown inline text={o.label} />
        </label>
      ))}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
