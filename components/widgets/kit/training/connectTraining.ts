import { trainingHostAfter } from './deferredHost.ts';
import {
  trainingHost,
  type FromHost,
  type ToHost,
  type TrainingEngine,
  type TrainingFrame,
} from './trainingHost.ts';

/** A live link to a training host: send it messages; `close` ends it (terminates the worker). */
export interface TrainingConnection<C> {
  /** `transfer`: objects moved to a worker with the message (an OffscreenCanvas); ignored on the page. */
  send(m: ToHost<C>, transfer?: Transferable[]): void;
  close(): void;
}

/** How a session reaches its host; called once per start with the handler for the host's messages. */
export type ConnectTraining<C, F extends TrainingFrame> = ((
  onMessage: (m: FromHost<F>) => void,
) => TrainingConnection<C>) & {
  /**
   * Whether the host runs in a Worker (its viewer can then draw on canvases handed to it). Asking
   * constructs the worker — kept for the next connection — so "yes" means one exists: a page that
   * hands its canvases over on a "yes" never gives them to a worker that could not start.
   */
  inWorker?: () => boolean;
};

/** An engine factory, or a loader of one: `{ load: () => import('./engine.ts').then((m) => m.createEngine) }`. */
export type EngineSource<C, F extends TrainingFrame> =
  ((config: C) => TrainingEngine<F>) | { load: () => Promise<(config: C) => TrainingEngine<F>> };

/**
 * connectTraining(createWorker, engine) → a connector that runs the host in a Web Worker
 * (`createWorker` must be written in the widget's own module, `new Worker(new URL('./x.worker.ts',
 * import.meta.url), { type: 'module' })`, for the bundler to find the file), or on the main thread
 * with the same engine where Workers are unavailable. Give the engine as `{ load }` (a dynamic
 * import) and the page's bundle carries none of the training code — the optimizers, the network —
 * that only the worker runs; without a worker it is fetched on the first connection, and messages
 * wait for it.
 */
export function connectTraining<C, F extends TrainingFrame>(
  createWorker: () => Worker,
  engine: EngineSource<C, F>,
): ConnectTraining<C, F> {
  // A worker made to answer `inWorker`, given to the next connection; `started` is whether the
  // last attempt to make one succeeded (undefined before any).
  let spare: Worker | null = null;
  let started: boolean | undefined;
  const construct = (): Worker | null => {
    try {
      const worker = createWorker();
      started = true;
      return worker;
    } catch {
      // file:// pages, sandboxes and CSPs that forbid workers throw here
      started = false;
      return null;
    }
  };
  const connect: ConnectTraining<C, F> = (onMessage) => {
    const worker = spare ?? construct();
    spare = null;
    if (worker) {
      worker.onmessage = (e: MessageEvent<FromHost<F>>) => onMessage(e.data);
      return {
        send: (m, transfer) => worker.postMessage(m, transfer ?? []),
        close: () => worker.terminate(),
      };
    }
    // No worker: the same host on the main thread.
    let inbox: ((m: ToHost<C>) => void) | null = null;
    let open = true;
    const post = (m: FromHost<F>) => {
      if (open) onMessage(m);
    };
    const listen = (handler: (m: ToHost<C>) => void) => {
      inbox = handler;
    };
    if (typeof engine === 'function') trainingHost<C, F>(engine, post, listen);
    else
      trainingHostAfter<(config: C) => TrainingEngine<F>, C, F>(
        engine.load,
        (create, c) => create(c),
        post,
        listen,
      );
    // Asynchronous like a worker, so the page never runs a chunk of training inside its own event.
    return {
      send: (m) => setTimeout(() => open && inbox?.(m), 0),
      close: () => {
        open = false;
        inbox?.({ type: 'pause' });
      },
    };
  };
  connect.inWorker = () => {
    if (started === undefined) spare = construct();
    return started === true;
  };
  return connect;
}
