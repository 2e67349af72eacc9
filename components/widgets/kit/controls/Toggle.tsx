import { useId } from 'react';
import { useNativeControl } from './useNativeControl.ts';

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

/**
 * A labelled checkbox (Space toggles it), styled as a switch-like row. A press shows the new state
 * in its own frame without React; the widget has it just after that frame has painted
 * (useNativeControl).
 */
export function Toggle({ name, label, checked, onChange, disabled }: ToggleProps) {
  const id = useId();
  const box = useNativeControl<HTMLInputElement, boolean>({
    value: checked,
    read: (el) => el.checked,
    show: (el, on) => {
      if (el.checked !== on) el.checked = on;
    },
    onChange,
  });
  return (
    <div data-control-name={name} className="wk-control wk-toggle">
      <input ref={box} id={id} type="checkbox" defaultChecked={checked} disabled={disabled} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
