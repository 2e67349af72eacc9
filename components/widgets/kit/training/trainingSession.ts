import type { ConnectTraining, TrainingConnection } from './connectTraining.ts';
import { initialSession, sessionReducer, type SessionEvent, type SessionState } from './sessionReducer.ts';
import type { FromHost, TrainingFrame } from './trainingHost.ts';

/** While playing, charts and text follow at most once a second; a frame listener (the canvas) every frame. */
export const PUBLISH_MS = 1000;
/**
 * New settings under runs on show: the page keeps showing those runs until this long after the
 * latest new settings while playing (presses in a row replace the runs once, when they stop), and
 * until the new runs' first frame, or this long, while paused.
 */
export const RESTART_HOLD_MS = 400;

/**
 * A training session as an external store (read it with `useSyncExternalStore`): the page's
 * commands and the host's frames go through `sessionReducer`; the store sends the host what they
 * imply, publishes snapshots for React (at most once a second while playing, at once otherwise;
 * new settings replace the runs on show once the reader's presses pause, RESTART_HOLD_MS)
 * and hands every frame to `onFrame` listeners, which draw outside React.
 */
export interface TrainingSession<C, F extends TrainingFrame> {
  getSnapshot(): SessionState<F>;
  subscribe(listener: () => void): () => void;
  /** Called with every frame of the current settings, as it arrives. */
  onFrame(listener: (frame: F) => void): () => void;
  /** Connects to the host (returns the disconnect); settings sent before are sent on connecting. */
  start(): () => void;
  /** New settings: the runs restart from step 0, still playing if they were. */
  configure(config: C, steps: number): void;
  /** Plays on; at the end, plays again from step 0. */
  play(): void;
  pause(): void;
  /** Pauses and advances every run by `updates`. */
  step(updates: number): void;
  /** Back to step 0, paused. */
  restart(): void;
  /** True where the host runs in a Worker that has been constructed: `view` messages then reach its viewer. */
  readonly viewsInWorker: boolean;
  /** A message for the host's viewer (trainingHost's TrainingViewer), with objects to transfer; kept until connected. */
  view(view: unknown, transfer?: Transferable[]): void;
}

export function createTrainingSession<C, F extends TrainingFrame>(
  connect: ConnectTraining<C, F>,
  now: () => number = () => performance.now(),
): TrainingSession<C, F> {
  let state = initialSession<F>();
  let published = state;
  let lastPublish = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let connection: TrainingConnection<C> | null = null;
  let config: { config: C; steps: number } | null = null;
  const listeners = new Set<() => void>();
  const frameListeners = new Set<(frame: F) => void>();
  // view messages sent before the connection: delivered, in order, once it opens
  let views: { view: unknown; transfer?: Transferable[] }[] = [];

  // new settings' empty snapshot held back (see sendConfig)
  let holding = false;
  const publish = () => {
    holding = false;
    clearTimeout(timer);
    timer = undefined;
    lastPublish = now();
    published = state;
    for (const l of listeners) l();
  };
  /** At once, unless playing and published less than PUBLISH_MS ago: then once that time is up. */
  const schedulePublish = () => {
    if (!state.playing || now() - lastPublish >= PUBLISH_MS) publish();
    else if (timer === undefined) timer = setTimeout(publish, PUBLISH_MS - (now() - lastPublish));
  };
  const dispatch = (e: SessionEvent<F>) => {
    state = sessionReducer(state, e);
  };
  const sendConfig = (play: boolean) => {
    if (!config) return;
    const shown = published;
    dispatch({ type: 'configure', steps: config.steps, play });
    connection?.send({ type: 'config', gen: state.gen, config: config.config, play });
    // A board that shows runs keeps them up until the new runs can replace them: publishing the
    // restart's empty snapshot emptied its table, charts and details (up to a second while
    // playing), and everything below moved up and back. While playing, the replacement waits
    // until the reader's presses pause (each press restarts the runs again; rendering results
    // between them only delays the next press on a slow phone); paused, the first frame comes at
    // once and shows at once. A change of playing (Play at the end, Restart while playing) shows
    // at once.
    if (connection && shown.runs.length > 0 && shown.playing === play) {
      holding = true;
      clearTimeout(timer);
      timer = setTimeout(publish, RESTART_HOLD_MS);
    } else publish();
  };
  const onMessage = (m: FromHost<F>) => {
    const before = state;
    dispatch(m);
    if (state === before) return;
    if (m.type === 'frame') for (const l of frameListeners) l(m.frame);
    // While playing, a held restart is published by its timer, with every frame since.
    if (holding && state.playing) return;
    schedulePublish();
  };

  return {
    getSnapshot: () => published,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onFrame(listener) {
      frameListeners.add(listener);
      return () => frameListeners.delete(listener);
    },
    start() {
      const c = connect(onMessage);
      connection = c;
      for (const v of views) c.send({ type: 'view', view: v.view }, v.transfer);
      views = [];
      if (config) sendConfig(state.playing);
      return () => {
        c.close();
        if (connection === c) connection = null;
        clearTimeout(timer);
        timer = undefined;
      };
    },
    configure(next, steps) {
      config = { config: next, steps };
      sendConfig(state.playing);
    },
    play() {
      if (state.done) return sendConfig(true);
      dispatch({ type: 'play' });
      connection?.send({ type: 'play' });
      publish();
    },
    pause() {
      dispatch({ type: 'pause' });
      connection?.send({ type: 'pause' });
      publish();
    },
    step(updates) {
      dispatch({ type: 'step' });
      connection?.send({ type: 'step', updates });
      publish();
    },
    restart() {
      sendConfig(false);
    },
    get viewsInWorker() {
      return connect.inWorker?.() === true;
    },
    view(view, transfer) {
      if (connection) connection.send({ type: 'view', view }, transfer);
      else views.push({ view, transfer });
    },
  };
}
