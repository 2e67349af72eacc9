import { useId, useRef } from 'react';
import { useNativeControl } from './controls/useNativeControl.ts';
import type { Playback } from './usePlayback.ts';

export interface TransportProps {
  playback: Playback;
  /** Names the thing being scrubbed, e.g. "Step". */
  label?: string;
  /** How a frame is shown, e.g. (f) => `step ${f} of 200`. */
  format?: (frame: number, frames: number) => string;
}

/**
 * Play / pause, step and a labelled scrubber for a run. Keyboard: Tab to a button and press
 * Space/Enter; the scrubber is a native range (arrows, Home, End). A scrubber press moves the
 * thumb and the frame shown beside it in its own frame without React, and stops Play just after
 * that frame has painted (useNativeControl).
 */
export function Transport({ playback, label = 'Step', format = (f, n) => `${f} of ${n}` }: TransportProps) {
  const id = useId();
  const { frame, frames, playing, play, pause, step, setFrame } = playback;
  const at = Math.min(frame, frames);
  const shown = format(at, frames);
  const output = useRef<HTMLOutputElement>(null);
  const scrubber = useNativeControl<HTMLInputElement, number>({
    value: at,
    read: (el) => {
      const f = Number(el.value);
      return Number.isFinite(f) ? f : null;
    },
    show: (el, f) => {
      const text = format(f, frames);
      // The text node React rendered is kept: React writes that node on its next render.
      const node = output.current?.firstChild;
      if (node instanceof Text && node.nodeValue !== text) node.nodeValue = text;
      if (el.getAttribute('aria-valuetext') !== text) el.setAttribute('aria-valuetext', text);
      if (Number(el.value) !== f) el.value = String(f);
    },
    onChange: setFrame,
  });
  return (
    <div className="wk-transport" role="group" aria-label="Playback">
      <button
        type="button"
        className="wk-button"
        onClick={playing ? pause : play}
        aria-label={playing ? 'Pause' : 'Play'}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
      </button>
      <button type="button" className="wk-button" onClick={step} aria-label="Step forward one frame">
        <span aria-hidden="true">▶❙</span>
      </button>
      <label htmlFor={id} className="wk-transport-label">
        {label}
      </label>
      <input
        ref={scrubber}
        id={id}
        type="range"
        min={0}
        max={frames}
        step={1}
        defaultValue={at}
        aria-valuetext={shown}
      />
      <output ref={output} htmlFor={id} className="wk-value">
        {shown}
      </output>
    </div>
  );
}
