import { useId } from 'react';
import { useNativeControl } from './useNativeControl.ts';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

export interface SelectProps<V extends string> {
  /**
   * The control's stable name for embeds (`?hide=<name>`, listed in the instructors' builder): the
   * state field it sets, in kebab case. Declared here, never derived from the label or position.
   */
  name?: string;
  label: string;
  value: V;
  options: readonly SelectOption<V>[];
  onChange: (value: V) => void;
  disabled?: boolean;
}

/**
 * A labelled native <select>; only values from `options` are ever passed to onChange. A press
 * shows the new option in its own frame without React; the widget has the value just after that
 * frame has painted (useNativeControl).
 */
export function Select<V extends string>({
  name,
  label,
  value,
  options,
  onChange,
  disabled,
}: SelectProps<V>) {
  const id = useId();
  const select = useNativeControl<HTMLSelectElement, V>({
    value,
    read: (el) => options.find((o) => o.value === el.value)?.value ?? null,
    show: (el, v) => {
      if (el.value !== v) el.value = v;
    },
    onChange,
  });
  return (
    <div data-control-name={name} className="wk-control">
      <label htmlFor={id} className="wk-label">
        <span>{label}</span>
      </label>
      <select ref={select} id={id} defaultValue={value} disabled={disabled}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
