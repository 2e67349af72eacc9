import { useId } from 'react';
import { SelectSlot } from './SelectSlot.tsx';
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
 * frame has painted (useNativeControl). In the server HTML an <output> with the same box stands in
 * for it until the island has hydrated (SelectSlot: a select there costs the page a layout).
 */
export function Select<V extends string>(props: SelectProps<V>) {
  const { name, label, value, options } = props;
  const id = useId();
  return (
    <div data-control-name={name} className="wk-control">
      <label htmlFor={id} className="wk-label">
        <span>{label}</span>
      </label>
      <SelectSlot
        id={id}
        labels={options.map((o) => o.label)}
        current={options.find((o) => o.value === value)?.label ?? ''}
        disabled={props.disabled}
      >
        <NativeSelect id={id} {...props} />
      </SelectSlot>
    </div>
  );
}

/** The select itself: mounted after hydration, so that its native listeners attach to it. */
function NativeSelect<V extends string>({
  id,
  value,
  options,
  onChange,
  disabled,
}: SelectProps<V> & { id: string }) {
  const select = useNativeControl<HTMLSelectElement, V>({
    value,
    read: (el) => options.find((o) => o.value === el.value)?.value ?? null,
    show: (el, v) => {
      if (el.value !== v) el.value = v;
    },
    onChange,
  });
  return (
    <select ref={select} id={id} defaultValue={value} disabled={disabled}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
