/** Message from a widget to its worker: compute `input`, answer with the same `id`. */
export interface WorkerRequest<I> {
  id: number;
  input: I;
}
export type WorkerResponse<O> = { id: number; output: O } | { id: number; error: string };

interface WorkerScope {
  onmessage: ((e: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
}

/**
 * exposeWorker(compute) — call once at the top of a `*.worker.ts` file. Each request is
 * answered with compute(input) or, if it throws, with the error message (the page never sees
 * an uncaught exception from the worker).
 */
export function exposeWorker<I, O>(compute: (input: I) => O): void {
  const scope = self as unknown as WorkerScope;
  scope.onmessage = (e: MessageEvent) => {
    const { id, input } = e.data as WorkerRequest<I>;
    try {
      scope.postMessage({ id, output: compute(input) } satisfies WorkerResponse<O>);
    } catch (err) {
      scope.postMessage({
        id,
        error: err instanceof Error ? err.message : String(err),
      } satisfies WorkerResponse<O>);
    }
  };
}
