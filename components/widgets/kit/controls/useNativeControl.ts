import { startTransition, useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import { paintFirst } from './paintFirst.ts';

/** The events of a press on a form control: keys, and the value changes they and pointers make. */
const PRESS_EVENTS = ['keydown', 'keyup', 'input', 'change'];
/** A checkbox is toggled by a click (Space sends one too), which React would also process. */
const CHECKBOX_EVENTS = [...PRESS_EVENTS, 'click'];

export interface NativeControl<E extends HTMLElement, V> {
  /** The widget's value. */
  value: V;
  /** The value the control's DOM now asks for, `before` being the value shown until then; null: none (ignore the event). */
  read: (el: E, before: V) => V | null;
  /** Writes a value into the control's DOM (only what differs: it runs after every render). */
  show: (el: E, value: V) => void;
  /** A key the control answers itself instead of the browser: its value, or null. */
  keyValue?: (key: string) => V | null;
  /** The newest value, once per frame, just after the frame showing it has painted. */
  onChange: (value: V) => void;
}

/**
 * useNativeControl({ value, read, show, keyValue?, onChange }) → ref for the form control.
 *
 * A press must show in the frame it happens, on a slow phone too. So the kit's controls answer
 * their own events without React: a change is written straight into the control's DOM (`show`)
 * and handed to `onChange` just after the frame showing it has painted (`paintFirst`: once per
 * frame, the newest value). The press's events also stop at the control: React's root listener
 * would otherwise run its event plugins on each of them (its `onSelect` polyfill reads the
 * document's selection on every keydown and keyup of a focused input) and render the control
 * inside the press. Measured on the capstone playground while it trained: 2.5 ms of script per
 * slider press at 1× CPU before, 0.5 ms after (10 → 2 ms at 4×).
 *
 * The widget has the last word: once the widget has rendered a hand-over, the control shows the
 * widget's `value` again (a widget that clamps or refuses a value is shown as it decided). Until
 * then it keeps showing the value handed over, so no render in between moves the thumb back. React handlers
 * on an ancestor (`onKeyDown`, `onChange`) never see the control's events.
 */
export function useNativeControl<E extends HTMLElement, V>(control: NativeControl<E, V>) {
  const ref = useRef<E>(null);
  // The newest props, for the native listeners (registered once).
  const props = useRef(control);
  useLayoutEffect(() => {
    props.current = control;
  });
  // A value moved to and not yet handed to the widget.
  const moving = useRef<{ value: V } | null>(null);
  // Counts hand-overs: a render that has processed the newest one shows the widget's value again.
  const [handOvers, handedOver] = useReducer((n: number) => n + 1, 0);
  // The value handed over last, shown until a render has processed that hand-over. A render in
  // between (the widget's own update still pending, a transition of shared state, a worker result)
  // carries the widget's old value; showing it would move the thumb back under the reader's next
  // key, which then starts from there: under load, presses were lost (24 presses, 2 short).
  const handed = useRef<{ value: V; handOver: number } | null>(null);
  const handOversAsked = useRef(0);
  const shownValue = (widgetValue: V): V => {
    if (moving.current) return moving.current.value;
    if (handed.current && handOvers < handed.current.handOver) return handed.current.value;
    handed.current = null;
    return widgetValue;
  };

  // After every render: the DOM shows the move in progress or just handed over, or else the widget's value.
  useLayoutEffect(() => {
    if (ref.current) control.show(ref.current, shownValue(control.value));
  });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const handOver = paintFirst<V>((v) => {
      moving.current = null;
      handed.current = { value: v, handOver: ++handOversAsked.current };
      props.current.onChange(v);
      // A transition, so the render that processes it also has the widget's answer whether the
      // widget set its state at once or in a transition of its own (transitions started in one
      // task render together, after any urgent update).
      startTransition(handedOver);
    });
    const move = (v: V) => {
      moving.current = { value: v };
      props.current.show(el, v);
      handOver.move(v);
    };
    const onEvent = (e: Event) => {
      e.stopPropagation();
      const before = moving.current
        ? moving.current.value
        : handed.current
          ? handed.current.value
          : props.current.value;
      if (e.type === 'keydown') {
        const v = props.current.keyValue?.((e as KeyboardEvent).key);
        if (v === null || v === undefined) return;
        e.preventDefault();
        move(v);
      } else if (e.type === 'input' || e.type === 'change') {
        const v = props.current.read(el, before);
        if (v !== null && !Object.is(v, before)) move(v);
      }
    };
    const events = el instanceof HTMLInputElement && el.type === 'checkbox' ? CHECKBOX_EVENTS : PRESS_EVENTS;
    for (const type of events) el.addEventListener(type, onEvent);
    return () => {
      for (const type of events) el.removeEventListener(type, onEvent);
      handOver.cancel();
    };
  }, []);

  return ref;
}
