import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ConnectTraining } from './connectTraining.ts';
import type { SessionState } from './sessionReducer.ts';
import { createTrainingSession, type TrainingSession } from './trainingSession.ts';
import type { TrainingFrame } from './trainingHost.ts';

/** Longest wait for a painted frame before new settings restart the runs anyway. */
const FRAMELESS_MS = 250;

/**
 * useTrainingSession(connect, config, steps) → the session (commands, frame listeners) and its
 * current snapshot. The host starts when the island mounts and stops when it unmounts; every new
 * `config` (compare by identity: memoise it) restarts the runs — after the next paint: a press
 * on a control then paints its own answer (the slider, the new layout) in the frame it owes, and
 * the restart (the message to the worker, the store's publish and the render of everything that
 * reads the snapshot) follows in a task of its own. Presses in quick succession restart once.
 */
export function useTrainingSession<C, F extends TrainingFrame>(
  connect: ConnectTraining<C, F>,
  config: C,
  steps: number,
): { session: TrainingSession<C, F>; snapshot: SessionState<F> } {
  const [session] = useState(() => createTrainingSession<C, F>(connect));
  useEffect(() => session.start(), [session]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let raf = 0;
    // A timeout set in an animation frame callback runs after that frame is painted. A page that
    // paints no frames (a hidden tab, a throttled frame) restarts after FRAMELESS_MS all the same.
    const fallback = setTimeout(() => {
      cancelAnimationFrame(raf);
      session.configure(config, steps);
    }, FRAMELESS_MS);
    raf = requestAnimationFrame(() => {
      clearTimeout(fallback);
      timer = setTimeout(() => session.configure(config, steps), 0);
    });
    return () => {
      cancelAnimationFrame(raf);
      clearTimeout(fallback);
      clearTimeout(timer);
    };
  }, [session, config, steps]);
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);
  return { session, snapshot };
}
