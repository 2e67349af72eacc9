import { startTransition, useEffect, useRef, useState } from 'react';
import type { WorkerRequest, WorkerResponse } from './exposeWorker.ts';
import { useHydrated } from '../useHydrated.ts';
import { afterNextPaint } from '../afterNextPaint.ts';

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
  // The latest result and the input it answers: `pending` is derived (the answer is for another input).
  const [answer, setAnswer] = useState<Answer<I, O>>(() => ({
    result: initial,
    input: initialIsCurrent ? input : undefined,
  }));
  const worker = useRef<Worker | null>(null);
  const busy = useRef(false);
  const queued = useRef<{ input: I } | null>(null);
  /** The newest request: older answers are dropped. */
  const sent = useRef<{ id: number; input: I } | null>(null);
  const nextId = useRef(0);
  // Read when a request is made or answered (in effects and worker callbacks, never in render).
  const options = useRef({ create, compute, transition });
  useEffect(() => {
    options.current = { create, compute, transition };
  });

  useEffect(() => {
    const apply = (output: O, answered: I) => {
      const next = { result: output, input: answered };
      if (options.current.transition) startTransition(() => setAnswer(next));
      else setAnswer(next);
    };
    let w: Worker | null = null;
    try {
      w = options.current.create();
    } catch {
      w = null;
    }
    worker.current = w;
    if (!w) return;
    const send = (inp: I) => {
      busy.current = true;
      sent.current = { id: ++nextId.current, input: inp };
      w.postMessage({ id: nextId.current, input: inp } satisfies WorkerRequest<I>);
    };
    w.onmessage = (e: MessageEvent<WorkerResponse<O>>) => {
      const msg = e.data;
      busy.current = false;
      const q = queued.current;
      queued.current = null;
      const current = sent.current;
      if (q) send(q.input);
      if (!current || msg.id !== current.id || q) return; // stale: a newer request is on its way
      if ('error' in msg) setAnswer((a) => ({ ...a, input: current.input, error: msg.error }));
      else apply(msg.output, current.input);
    };
    w.onerror = (e) => {
      e.preventDefault();
      busy.current = false;
      const current = sent.current;
      setAnswer((a) => ({ ...a, input: current?.input, error: 'The computation failed.' }));
    };
    return () => {
      w.terminate();
      worker.current = null;
      busy.current = false;
    };
  }, []);

  // The first input needs no request when `initial` already answers it.
  const skip = useRef(initialIsCurrent ? { input } : null);

  useEffect(() => {
    if (skip.current && Object.is(skip.current.input, input)) return;
    skip.current = null;
    // The request goes out just after the frame that shows the press has painted. Posted at once, it
    // would sit in the press's own task (React runs this effect synchronously after a key or click),
    // and a quick answer would land, render and commit before that frame — the press would wait for
    // the result instead of painting first. A newer input before the paint replaces this one, so a
    // held arrow key sends one request per frame at most.
    return afterNextPaint(() => {
      const w = worker.current;
      if (!w) {
        // No worker: compute here, in this task of its own, as the worker would.
        try {
          const output = options.current.compute(input);
          setAnswer({ result: output, input });
        } catch (err) {
          setAnswer((a) => ({ ...a, input, error: err instanceof Error ? err.message : String(err) }));
        }
        return;
      }
      if (busy.current) {
        queued.current = { input };
      } else {
        busy.current = true;
        sent.current = { id: ++nextId.current, input };
        w.postMessage({ id: nextId.current, input } satisfies WorkerRequest<I>);
      }
    });
  }, [input]);

  // Nothing computes in the server HTML or before the island hydrates (a widget below the fold
  // may wait a long time for that): it is not pending then, and its view is not dimmed.
  const hydrated = useHydrated();
  return { result: answer.result, pending: hydrated && !Object.is(answer.input, input), error: answer.error };
}

/** A result and the input it was computed for (undefined: for none yet). */
interface Answer<I, O> {
  result: O;
  input: I | undefined;
  error?: string;
}
