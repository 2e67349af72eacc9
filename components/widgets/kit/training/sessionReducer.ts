import type { TrainPoint } from '@descent/optim';
import type { TrainingFrame } from './trainingHost.ts';

/** Everything one configuration has recorded in the current run. */
export interface RunHistory {
  label: string;
  history: TrainPoint[];
  divergedAt: number | null;
}

/**
 * The page's view of a training session. `gen` numbers the settings the runs belong to: frames
 * from a worker still busy with older settings carry an older number and are dropped.
 */
export interface SessionState<F extends TrainingFrame> {
  gen: number;
  playing: boolean;
  /** Updates done, out of `steps`. */
  step: number;
  steps: number;
  done: boolean;
  runs: RunHistory[];
  /** The latest frame as it came (what a view draws: boundaries, …), null until the first. */
  frame: F | null;
  error: string | null;
}

export type SessionEvent<F extends TrainingFrame> =
  /** New settings (or a restart): a new generation from step 0, playing or not. */
  | { type: 'configure'; steps: number; play: boolean }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step' }
  | { type: 'frame'; gen: number; frame: F; playing: boolean }
  | { type: 'error'; gen: number; message: string };

export function initialSession<F extends TrainingFrame>(steps = 0): SessionState<F> {
  return { gen: 0, playing: false, step: 0, steps, done: false, runs: [], frame: null, error: null };
}

/**
 * sessionReducer(state, event) → the next state. Pure: the session store (trainingSession.ts)
 * feeds it the page's commands and the worker's messages, and sends the worker what they imply.
 */
export function sessionReducer<F extends TrainingFrame>(
  s: SessionState<F>,
  e: SessionEvent<F>,
): SessionState<F> {
  switch (e.type) {
    case 'configure':
      return { ...initialSession<F>(e.steps), gen: s.gen + 1, playing: e.play };
    case 'play':
      return s.done ? s : { ...s, playing: true };
    case 'pause':
    case 'step':
      return s.playing ? { ...s, playing: false } : s;
    case 'frame': {
      if (e.gen !== s.gen) return s;
      const { frame } = e;
      // A frame with a different set of runs starts the histories afresh.
      const fresh = s.runs.length !== frame.runs.length;
      const runs = frame.runs.map((r, i) => ({
        label: r.label,
        history:
          fresh || r.points.length > 0
            ? [...(fresh ? [] : s.runs[i].history), ...r.points]
            : s.runs[i].history,
        divergedAt: r.divergedAt,
      }));
      return {
        ...s,
        runs,
        frame,
        step: frame.step,
        steps: frame.steps,
        done: frame.done,
        playing: e.playing,
        error: null,
      };
    }
    case 'error':
      return e.gen === s.gen ? { ...s, error: e.message, playing: false } : s;
  }
}

/** The latest metrics of a run (undefined before its first evaluation). */
export const lastPoint = (r: RunHistory): TrainPoint | undefined => r.history[r.history.length - 1];
