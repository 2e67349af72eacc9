import { useId } from 'react';
import { Tex } from './Markdown.tsx';

interface Props {
  label: string;
  value: string;
  onChange: (v: string) => void;
  /** Message for unreadable input; sets aria-invalid and is linked by aria-describedby. */
  error?: string;
  /** TeX of how the current input reads, when it is readable. */
  preview?: string;
  placeholder?: string;
  unit?: string;
  disabled?: boolean;
}

/** A labelled text field for number, vector and expression answers. */
export function AnswerField({ label, value, onChange, error, preview, placeholder, unit, disabled }: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  const previewId = `${id}-preview`;
  const describedBy =
    [error ? errorId : null, preview && !error ? previewId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="answer-field">
      <label htmlFor={id}>{label}</label>
      <div className="answer-row">
        <input
          id={id}
          type="text"
          inputMode="text"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          value={value}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          disabled={disabled}
        />
        {unit && <span className="unit">{unit}</span>}
      </div>
      {/* One line is always reserved under the field: the preview appears once the checker has
          loaded (after the first keystroke or focus), and without the reserved line it would push
          Check down under a pointer that is pressing it, so the click would land on nothing. */}
      <div className="field-message">
        {error ? (
          <p id={errorId} className="field-error">
            {error}
          </p>
        ) : (
          preview && (
            <p id={previewId} className="field-preview">
              Read as <Tex tex={preview} />
            </p>
          )
        )}
      </div>
    </div>
  );
}
