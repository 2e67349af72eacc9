import './training.css';
import type { SessionState } from './sessionReducer.ts';
import type { TrainingFrame } from './trainingHost.ts';
import type { TrainingSession } from './trainingSession.ts';

export interface TrainingTransportProps<C, F extends TrainingFrame> {
  session: TrainingSession<C, F>;
  snapshot: SessionState<F>;
  /** The run's length T (the settings' own, shown before the first frame arrives). */
  steps: number;
}

/** Updates per press of Step: a hundredth of the run. */
export const stepUpdates = (steps: number) => Math.max(1, Math.ceil(steps / 100));

/** Play / Pause, Step, Back to step 0 and where the run is: the controls of a training session. */
export function TrainingTransport<C, F extends TrainingFrame>({
  session,
  snapshot,
  steps,
}: TrainingTransportProps<C, F>) {
  const per = stepUpdates(steps);
  return (
    <div className="wk-training-transport" role="group" aria-label="Training">
      {snapshot.playing ? (
        <button type="button" className="wk-button" onClick={session.pause}>
          Pause
        </button>
      ) : (
        <button type="button" className="wk-button" onClick={session.play}>
          {snapshot.done ? 'Restart and play' : 'Play'}
        </button>
      )}
      <button type="button" className="wk-button" onClick={() => session.step(per)} disabled={snapshot.done}>
        Step ({per} updates)
      </button>
      <button type="button" className="wk-button" onClick={session.restart}>
        Back to step 0
      </button>
      <span className="wk-training-step" data-testid="training-step">
        step {snapshot.step} of {steps}
      </span>
    </div>
  );
}
