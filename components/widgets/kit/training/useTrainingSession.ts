import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ConnectTraining } from './connectTraining.ts';
import type { SessionState } from './sessionReducer.ts';
import { createTrainingSession, type TrainingSession } from './trainingSession.ts';
import type { TrainingFrame } from './trainingHost.ts';

/**
 * useTrainingSession(connect, config, steps) → the session (commands, frame listeners) and its
 * current snapshot. The host starts when the island mounts and stops when it unmounts; every new
 * `config` (compare by identity: memoise it) restarts the runs.
 */
export function useTrainingSession<C, F extends TrainingFrame>(
  connect: ConnectTraining<C, F>,
  config: C,
  steps: number,
): { session: TrainingSession<C, F>; snapshot: SessionState<F> } {
  const [session] = useState(() => createTrainingSession<C, F>(connect));
  useEffect(() => session.start(), [session]);
  useEffect(() => session.configure(config, steps), [session, config, steps]);
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);
  return { session, snapshot };
}
