import {
  trainingHost,
  type FromHost,
  type ToHost,
  type TrainingEngine,
  type TrainingFrame,
} from './trainingHost.ts';

/** A live link to a training host: send it messages; `close` ends it (terminates the worker). */
export interface TrainingConnection<C> {
  send(m: ToHost<C>): void;
  close(): void;
}

/** How a session reaches its host; called once per start with the handler for the host's messages. */
export type ConnectTraining<C, F extends TrainingFrame> = (
  onMessage: (m: FromHost<F>) => void,
) => TrainingConnection<C>;

/**
 * connectTraining(createWorker, createEngine) → a connector that runs the host in a Web Worker
 * (`createWorker` must be written in the widget's own module, `new Worker(new URL('./x.worker.ts',
 * import.meta.url), { type: 'module' })`, for the bundler to find the file), or on the main thread
 * with the same engine where Workers are unavailable.
 */
export function connectTraining<C, F extends TrainingFrame>(
  createWorker: () => Worker,
  createEngine: (config: C) => TrainingEngine<F>,
): ConnectTraining<C, F> {
  return (onMessage) => {
    try {
      const worker = createWorker();
      worker.onmessage = (e: MessageEvent<FromHost<F>>) => onMessage(e.data);
      return { send: (m) => worker.postMessage(m), close: () => worker.terminate() };
    } catch {
      let inbox: ((m: ToHost<C>) => void) | null = null;
      let open = true;
      trainingHost<C, F>(
        createEngine,
        (m) => {
          if (open) onMessage(m);
        },
        (handler) => {
          inbox = handler;
        },
      );
      // Asynchronous like a worker, so the page never runs a chunk of training inside its own event.
      return {
        send: (m) => setTimeout(() => open && inbox?.(m), 0),
        close: () => {
          open = false;
          inbox?.({ type: 'pause' });
        },
      };
    }
  };
}
