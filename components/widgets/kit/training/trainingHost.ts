// The training loop around an engine: play / pause / step messages in, frames out, about 30
// frames a second while playing. The same code runs in a Worker (`exposeTraining`) and, without
// Worker support, on the main thread (see connectTraining.ts).
import type { TrainPoint } from '@descent/optim';

/** What one configuration did since the previous frame. Engines add what their view draws (a boundary, …). */
export interface RunFrame {
  label: string;
  /** History points recorded since the previous frame. */
  points: TrainPoint[];
  divergedAt: number | null;
}

export interface TrainingFrame<R extends RunFrame = RunFrame> {
  step: number;
  steps: number;
  done: boolean;
  runs: R[];
}

/** Every configuration of a setup, advanced side by side (pure but for its own state). */
export interface TrainingEngine<F extends TrainingFrame> {
  /** The run's length T in updates. */
  readonly steps: number;
  readonly done: boolean;
  /** Advances every run by up to `updates` updates (never past T) and returns the frame. */
  advance(updates: number): F;
}

export type ToHost<C> =
  | { type: 'config'; gen: number; config: C; play: boolean }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step'; updates: number }
  /** For the host's viewer (a painter in the worker): canvases handed over, the theme, what is shown. */
  | { type: 'view'; view: unknown };

export type FromHost<F> =
  | { type: 'frame'; gen: number; frame: F; playing: boolean }
  | { type: 'error'; gen: number; message: string };

/**
 * What draws in the host's thread (the worker): a view message from the page (canvases it handed
 * over with transferControlToOffscreen, the theme, which run is shown) and every frame before it is
 * posted, painted there and returned as the page needs it (less what only the viewer draws). A view
 * message that returns true asks for the current frame again (the page's part of it changed).
 */
export interface TrainingViewer<F extends TrainingFrame> {
  view(view: unknown): boolean;
  frame(frame: F): F;
  /** Buffers of the returned frame to move to the page rather than copy (arrays made for this frame only). */
  transfer?(frame: F): Transferable[];
  /**
   * While playing, post frames to the page at most this often (ms; 0 or absent: every frame): where
   * the viewer draws everything the frames show, the page needs them only for its charts and text,
   * and each message costs its main thread. A frame held back goes with the next (its points too).
   */
  postEvery?(): number;
}

/** Milliseconds per frame while playing, and the run's length in frames (T / TICKS_PER_RUN updates each). */
export const TICK_MS = 33;
export const TICKS_PER_RUN = 300;

/**
 * trainingHost(createEngine, post, listen) runs the loop: a `config` message builds a new engine
 * (its frames carry the message's generation, so the page can drop results of older settings),
 * `play` advances T/300 updates every 33 ms until the end, `pause` and `step` stop it. An engine
 * that throws ends the run with an `error` message instead of killing the worker.
 */
export function trainingHost<C, F extends TrainingFrame>(
  createEngine: (config: C) => TrainingEngine<F>,
  post: (m: FromHost<F>, transfer?: Transferable[]) => void,
  listen: (handler: (m: ToHost<C>) => void) => void,
  viewer?: TrainingViewer<F>,
): void {
  let engine: TrainingEngine<F> | null = null;
  let gen = 0;
  let playing = false;
  let perTick = 1;
  let timer: ReturnType<typeof setTimeout> | undefined;

  let held: F | null = null;
  let lastPost = -Infinity;
  const send = (frame: F) => {
    if (!viewer) return post({ type: 'frame', gen, frame, playing });
    let shown = viewer.frame(frame);
    const before = held;
    if (before)
      shown = {
        ...shown,
        runs: shown.runs.map((r, i) => ({ ...r, points: [...(before.runs[i]?.points ?? []), ...r.points] })),
      };
    held = null;
    const now = Date.now();
    if (playing && !shown.done && now - lastPost < (viewer.postEvery?.() ?? 0)) {
      held = shown;
      return;
    }
    lastPost = now;
    post({ type: 'frame', gen, frame: shown, playing }, viewer.transfer?.(shown));
  };
  const fail = (e: unknown) => {
    playing = false;
    post({ type: 'error', gen, message: e instanceof Error ? e.message : String(e) });
  };
  const stop = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const tick = () => {
    timer = undefined;
    if (!playing || !engine) return;
    const t0 = Date.now();
    try {
      const frame = engine.advance(perTick);
      if (frame.done) playing = false;
      send(frame);
    } catch (e) {
      fail(e);
      return;
    }
    if (playing) timer = setTimeout(tick, Math.max(0, TICK_MS - (Date.now() - t0)));
  };
  const schedule = () => {
    if (timer === undefined && playing) timer = setTimeout(tick, 0);
  };

  listen((m) => {
    if (m.type === 'view') {
      // while playing, the next tick brings the frame anyway
      if (viewer?.view(m.view) && engine && !playing) {
        try {
          send(engine.advance(0));
        } catch (e) {
          fail(e);
        }
      }
    } else if (m.type === 'config') {
      gen = m.gen;
      stop();
      held = null;
      try {
        engine = createEngine(m.config);
        perTick = Math.max(1, Math.ceil(engine.steps / TICKS_PER_RUN));
        playing = m.play;
        send(engine.advance(0));
        schedule();
      } catch (e) {
        engine = null;
        fail(e);
      }
    } else if (m.type === 'play') {
      if (engine && !engine.done) {
        playing = true;
        schedule();
      }
    } else if (m.type === 'pause') {
      playing = false;
      stop();
      if (engine) send(engine.advance(0));
    } else if (m.type === 'step') {
      if (!engine) return;
      playing = false;
      stop();
      try {
        send(engine.advance(m.updates));
      } catch (e) {
        fail(e);
      }
    }
  });
}

/** In a worker module: `exposeTraining(createEngine)` answers the page's session. */
export function exposeTraining<C, F extends TrainingFrame>(
  createEngine: (config: C) => TrainingEngine<F>,
  viewer?: TrainingViewer<F>,
): void {
  trainingHost<C, F>(
    createEngine,
    (message, transfer) => postMessage(message, { transfer: transfer ?? [] }),
    (handler) => {
      self.onmessage = (e: MessageEvent<ToHost<C>>) => handler(e.data);
    },
    viewer,
  );
}
