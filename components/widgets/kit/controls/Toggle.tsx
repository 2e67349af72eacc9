import { useId } from 'react';

export interface ToggleProps {
  /**
   * The control's stable name for embeds (`?hide=<name>`, listed in the instructors' builder): the
   * state field it sets, in kebab case. Declared here, never derived from the label or position.
   */
  name?: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}

/** A labelled checkbox (Space toggles it), styled as a switch-like row. */
export function Toggle({ name, label, checked, onChange, disabled }: ToggleProps) {
  const id = useId();
  return (
    <div data-control-name={name} className="wk-control wk-toggle">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
