import { useCallback, useEffect, useRef, useState } from 'react';

export interface Playback {
  /** Current frame, 0…frames. */
  frame: number;
  frames: number;
  playing: boolean;
  /**
   * The last frame Play drew (null before the first Play). A press that stops Play moves `frame`
   * at once; a view that draws paused frames a painted frame late shows this one until then.
   */
  lastPlayed: number | null;
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
 *
 * `holdOffScreenId`, the id of the widget's frame (`frame.id` from useWidget): while that element
 * is off screen, Play holds its frame and draws nothing, and it goes on from that frame when the
 * element is back (the Transport still says Pause: the run is playing, only held). A reader who
 * plays the SAGA table and scrolls on to the next widget no longer pays for frames nobody sees:
 * at 4× CPU that table's playback alone kept the main thread busy, and every press on the
 * widgets below it waited behind it.
 */
export function usePlayback(frames: number, framesPerSecond = 30, holdOffScreenId?: string): Playback {
  const [frame, setFrameState] = useState(frames);
  /** The frame Play started from, or null while paused. */
  const [playFrom, setPlayFrom] = useState<number | null>(null);
  const playing = playFrom !== null;
  // Set with each of Play's frames, in the same update: so it is exactly what Play last drew.
  const [lastPlayed, setLastPlayed] = useState<number | null>(null);
  const last = useRef(frames);

  useEffect(() => {
    // Follow the end when new settings produce a run of a different length.
    // Capture the old end now: the updater runs later, after last.current has moved on.
    const previousEnd = last.current;
    setFrameState((f) => (f === previousEnd || f > frames ? frames : f));
    last.current = frames;
  }, [frames]);

  useEffect(() => {
    if (playFrom === null) return;
    // Frames are counted from `origin` at `start`; a hold off screen moves both to where it stopped.
    let origin = playFrom;
    let start: number | undefined;
    let current = playFrom;
    let raf = 0;
    let held = false;
    const tick = (now: number) => {
      start ??= now;
      const f = Math.min(frames, origin + Math.floor(((now - start) / 1000) * framesPerSecond));
      current = f;
      setFrameState(f);
      setLastPlayed(f);
      if (f >= frames) {
        setPlayFrom(null);
        return;
      }
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    const el = holdOffScreenId ? document.getElementById(holdOffScreenId) : null;
    const observer =
      el && typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => {
            const onScreen = entries[entries.length - 1]?.isIntersecting ?? true;
            if (!onScreen && !held) {
              held = true;
              cancelAnimationFrame(raf);
            } else if (onScreen && held) {
              held = false;
              origin = current;
              start = undefined;
              raf = requestAnimationFrame(tick);
            }
          })
        : null;
    if (el) observer?.observe(el);
    return () => {
      cancelAnimationFrame(raf);
      observer?.disconnect();
    };
  }, [playFrom, frames, framesPerSecond, holdOffScreenId]);

  const setFrame = useCallback(
    (f: number) => {
      setPlayFrom(null);
      setFrameState(Math.max(0, Math.min(frames, Math.round(f))));
    },
    [frames],
  );
  // At the end, Play starts again from 0.
  const play = useCallback(() => setPlayFrom(frame >= frames ? 0 : frame), [frame, frames]);
  const pause = useCallback(() => setPlayFrom(null), []);
  const step = useCallback(() => {
    setPlayFrom(null);
    setFrameState((f) => (f >= frames ? 0 : f + 1));
  }, [frames]);

  return { frame, frames, playing, lastPlayed, setFrame, play, pause, step };
}
