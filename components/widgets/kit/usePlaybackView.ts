import { useMemo } from 'react';
import { playbackFrame } from './playbackView.ts';
import { useAfterPaint } from './useAfterPaint.ts';
import type { Playback } from './usePlayback.ts';

/**
 * usePlaybackView(value, playback) → { value, frame }: a widget's settings and its playback frame
 * as its view should draw them.
 *
 * A press paints first and the view follows one painted frame later (useAfterPaint), settings and
 * frame in one deferred copy, so a press that changes both (a step count) draws the view once.
 * While Play runs its frames are not presses: each is drawn at once, in its own animation frame.
 * Deferring them too drew every step twice (once for the frame, once for its deferred copy), and a
 * press that met a step waited for both (the GD vs SGD plot: main-thread CPU while playing 238 →
 * 173 ms/s at 1×). A press that stops Play (the scrubber, Step) keeps the frame Play last drew
 * until its deferred copy follows (playbackFrame).
 */
export function usePlaybackView<T>(
  value: T,
  playback: Pick<Playback, 'frame' | 'playing' | 'lastPlayed'>,
): { value: T; frame: number } {
  const pausedFrame = playback.playing ? null : playback.frame;
  const shown = useAfterPaint(useMemo(() => ({ value, frame: pausedFrame }), [value, pausedFrame]));
  return {
    value: shown.value,
    frame: playbackFrame(playback.playing, playback.frame, shown.frame, playback.lastPlayed),
  };
}
