import { startTransition, useEffect, useRef, useState } from 'react';
import type { WorkerRequest, WorkerResponse } from './exposeWorker.ts';

export interface WorkerResult<O> {
  /** The latest finished result (kept while a newer one is computing). */
  result: O;
  /** True while the result does not yet reflect the latest input. */
  pending: boolean;
  error?: string;
}

export interface UseWorkerOptions<I, O> {
  /** Creates the worker: `() => new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' })`. */
  create: () => Worker;
  /** The same pure function the worker runs; used where workers are unavailable. */
  compute: (input: I) => O;
  /** Shown before the first result (and rendered on the server): e.g. compute(defaults). */
  initial: O;
  /**
   * Apply each result in a React transition (default false). Drawing a result is then rendered
   * in slices that yield to the browser every few ms, so a costly chart redraw never blocks input
   * or a frame for long; the previous result stays on screen until the new one is ready.
   */
  transition?: boolean;
  /**
   * `initial` already is the result for the first `input` (e.g. computed when the page was built
   * and passed to the island as a prop): the worker is not asked for it, so the widget shows its
   * real result from the server HTML on, with nothing to recompute or shift. Default false.
   */
  initialIsCurrent?: boolean;
}

/**
 * useWorkerResult(input, { create, compute, initial }) runs `compute(input)` in a Web Worker
 * so slow recomputes never block a frame. Only the newest input matters: while the worker is
 * busy, later inputs replace each other and just the last is sent when it is free.
 * `input` must be structured-cloneable and should be memoised (compared by identity).
 */
export function useWorkerResult<I, O>(
  input: I,
  { create, compute, initial, transition = false, initialIsCurrent = false }: UseWorkerOptions<I, O>,
): WorkerResult<O> {
  const [state, setState] = useState<WorkerResult<O>>({ result: initial, pending: false });
  const worker = useRef<Worker | null>(null);
  const busy = useRef(false);
  const queued = useRef<{ input: I } | null>(null);
  const nextId = useRef(0);
  const computeRef = useRef(compute);
  computeRef.current = compute;
  const transitionRef = useRef(transition);
  transitionRef.current = transition;

  useEffect(() => {
    let w: Worker | null = null;
    try {
      w = create();
    } catch {
      w = null;
    }
    worker.current = w;
    if (!w) return;
    const send = (inp: I) => {
      busy.current = true;
      w.postMessage({ id: ++nextId.current, input: inp } satisfies WorkerRequest<I>);
    };
    w.onmessage = (e: MessageEvent<WorkerResponse<O>>) => {
      const msg = e.data;
      busy.current = false;
      const q = queued.current;
      queued.current = null;
      if (q) send(q.input);
      if (msg.id !== nextId.current) return; // stale: a newer request is already on its way
      if ('error' in msg) setState((s) => ({ result: s.result, pending: false, error: msg.error }));
      else if (transitionRef.current) startTransition(() => setState({ result: msg.output, pending: false }));
      else setState({ result: msg.output, pending: false });
    };
    w.onerror = (e) => {
      e.preventDefault();
      busy.current = false;
      setState((s) => ({ ...s, pending: false, error: 'The computation failed.' }));
    };
    return () => {
      w.terminate();
      worker.current = null;
      busy.current = false;
    };
    // The worker lives as long as the widget; `create` is expected to be a module-level function.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const firstInput = useRef(input);

  useEffect(() => {
    if (initialIsCurrent && input === firstInput.current) return;
    const w = worker.current;
    if (!w) {
      try {
        setState({ result: computeRef.current(input), pending: false });
      } catch (err) {
        setState((s) => ({ ...s, pending: false, error: err instanceof Error ? err.message : String(err) }));
      }
      return;
    }
    setState((s) => (s.pending ? s : { ...s, pending: true }));
    if (busy.current) {
      queued.current = { input };
    } else {
      busy.current = true;
      w.postMessage({ id: ++nextId.current, input } satisfies WorkerRequest<I>);
    }
    // `initialIsCurrent` is read once: only the first input can match the initial result.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [input]);

  return state;
}
