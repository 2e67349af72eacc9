import { useId } from 'react';
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
 * Space/Enter; the scrubber is a native range (arrows, Home, End).
 */
export function Transport({ playback, label = 'Step', format = (f, n) => `${f} of ${n}` }: TransportProps) {
  const id = useId();
  const { frame, frames, playing, play, pause, step, setFrame } = playback;
  const shown = format(frame, frames);
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
        id={id}
        type="range"
        min={0}
        max={frames}
        step={1}
        value={Math.min(frame, frames)}
        aria-valuetext={shown}
        onChange={(e) => setFrame(Number(e.currentTarget.value))}
      />
      <output htmlFor={id} className="wk-value">
        {shown}
      </output>
    </div>
  );
}
