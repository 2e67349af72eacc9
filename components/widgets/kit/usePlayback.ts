import { useCallback, useEffect, useRef, useState } from 'react';

export interface Playback {
  /** Current frame, 0…frames. */
  frame: number;
  frames: number;
  playing: boolean;
  setFrame: (frame: number) => void;
  play: () => void;
  pause: () => void;
  /** Advance one frame (pauses playback). */
  step: () => void;
}

/**
 * usePlayback(frames, framesPerSecond) drives a Transport. It starts paused on the LAST frame,
 * so the full picture is visible without motion (and nothing autoplays, which also honours
 * prefers-reduced-motion); Play restarts from 0 when at the end. When `frames` changes (new
 * settings), the view jumps to the new end unless the reader is scrubbing mid-run.
 */
export function usePlayback(frames: number, framesPerSecond = 30): Playback {
  const [frame, setFrameState] = useState(frames);
  const [playing, setPlaying] = useState(false);
  const last = useRef(frames);
  const raf = useRef(0);
  const current = useRef(frame);
  current.current = frame;

  useEffect(() => {
    // Follow the end when new settings produce a run of a different length.
    // Capture the old end now: the updater runs later, after last.current has moved on.
    const previousEnd = last.current;
    setFrameState((f) => (f === previousEnd || f > frames ? frames : f));
    last.current = frames;
  }, [frames]);

  useEffect(() => {
    if (!playing) return;
    let start: number | undefined;
    const from = current.current >= frames ? 0 : current.current;
    const tick = (now: number) => {
      start ??= now;
      const f = Math.min(frames, from + Math.floor(((now - start) / 1000) * framesPerSecond));
      setFrameState(f);
      if (f >= frames) {
        setPlaying(false);
        return;
      }
      raf.current = requestAnimationFrame(tick);
    };
    raf.current = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf.current);
  }, [playing, frames, framesPerSecond]);

  const setFrame = useCallback(
    (f: number) => {
      setPlaying(false);
      setFrameState(Math.max(0, Math.min(frames, Math.round(f))));
    },
    [frames],
  );
  const play = useCallback(() => setPlaying(true), []);
  const pause = useCallback(() => setPlaying(false), []);
  const step = useCallback(() => {
    setPlaying(false);
    setFrameState((f) => (f >= frames ? 0 : f + 1));
  }, [frames]);

  return { frame, frames, playing, setFrame, play, pause, step };
}
