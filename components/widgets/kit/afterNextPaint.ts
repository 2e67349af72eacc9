/**
 * afterNextPaint(run) → cancel: runs `run` just after the browser's next paint.
 *
 * The requestAnimationFrame callback runs just before a paint, and a timeout queued from it runs
 * just after. Work scheduled this way never holds up the frame that shows a press (React's
 * transitions and deferred values often render before the browser paints).
 */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
