import {
  trainingHost,
  type FromHost,
  type ToHost,
  type TrainingEngine,
  type TrainingFrame,
} from './trainingHost.ts';

/**
 * trainingHostAfter(load, createEngine, post, listen): the training loop of trainingHost, for
 * engines that need something fetched first (the digits). Messages that arrive while `load` is
 * pending are kept and replayed in order once it resolves; if it rejects, the page gets an
 * `error` for its latest settings (with the loader's message) instead of a board that waits for
 * ever, and later settings get the same error.
 */
export function trainingHostAfter<R, C, F extends TrainingFrame>(
  load: () => Promise<R>,
  createEngine: (resource: R, config: C) => TrainingEngine<F>,
  post: (m: FromHost<F>) => void,
  listen: (handler: (m: ToHost<C>) => void) => void,
): void {
  const queue: ToHost<C>[] = [];
  let handler: ((m: ToHost<C>) => void) | null = null;
  let failure: string | null = null;
  let gen = 0;
  listen((m) => {
    if (m.type === 'config') gen = m.gen;
    if (handler) handler(m);
    else if (failure !== null) {
      if (m.type === 'config') post({ type: 'error', gen, message: failure });
    } else queue.push(m);
  });
  load().then(
    (resource) => {
      trainingHost<C, F>(
        (config) => createEngine(resource, config),
        post,
        (h) => {
          handler = h;
        },
      );
      for (const m of queue.splice(0)) handler?.(m);
    },
    (e: unknown) => {
      failure = e instanceof Error ? e.message : String(e);
      queue.length = 0;
      post({ type: 'error', gen, message: failure });
    },
  );
}

/** In a worker module: `exposeTrainingAfter(load, createEngine)` answers the page's session once `load` is done. */
export function exposeTrainingAfter<R, C, F extends TrainingFrame>(
  load: () => Promise<R>,
  createEngine: (resource: R, config: C) => TrainingEngine<F>,
): void {
  trainingHostAfter<R, C, F>(
    load,
    createEngine,
    (message) => postMessage(message),
    (handler) => {
      self.onmessage = (e: MessageEvent<ToHost<C>>) => handler(e.data);
    },
  );
}
