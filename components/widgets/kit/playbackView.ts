/**
 * playbackFrame(playing, live, deferred, lastPlayed) → the frame a playback view draws.
 *
 * While Play runs, the live frame: the animation's steps are not presses, so each is drawn in its
 * own animation frame. Paused, the deferred frame (the scrubber paints first, the view follows).
 * Right after Play stops nothing has been deferred yet (the deferred copy was null while it ran):
 * then the frame Play last drew, so a press that stops Play (the scrubber, Step) paints the control
 * first and leaves the picture as it was until the deferred copy follows. Drawing the live frame
 * there put the whole plot's redraw into the press's own frame (GD vs SGD: 32–56 ms per scrubber
 * press while playing); falling back to the deferred copy would jump back to where Play started.
 * `lastPlayed` is null when Play never drew a frame: the live one then.
 */
export function playbackFrame(
  playing: boolean,
  live: number,
  deferred: number | null,
  lastPlayed: number | null = null,
): number {
  if (playing) return live;
  return deferred ?? lastPlayed ?? live;
}
