/**
 * playbackFrame(playing, live, deferred) → the frame a playback view draws.
 *
 * While Play runs, the live frame: the animation's steps are not presses, so each is drawn in its
 * own animation frame. Paused, the deferred frame (the scrubber paints first, the view follows),
 * or the live one when nothing was deferred since Play stopped (the deferred copy was null while
 * it ran: falling back to it would jump the view back to where Play started, for one frame).
 */
export function playbackFrame(playing: boolean, live: number, deferred: number | null): number {
  return playing || deferred === null ? live : deferred;
}
