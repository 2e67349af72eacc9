import { useEffect, useRef } from 'react';
import { host, type FromHost, type ToHost } from './host.ts';

/** Starts the training host in a Worker (or on the main thread without Worker support); returns a sender. */
export function useTraining(onMessage: (m: FromHost) => void): { current: (m: ToHost) => void } {
  const send = useRef<(m: ToHost) => void>(() => {});
  const handler = useRef(onMessage);
  handler.current = onMessage;
  useEffect(() => {
    let worker: Worker | null = null;
    try {
      worker = new Worker(new URL('./playground.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<FromHost>) => handler.current(e.data);
      const w = worker;
      send.current = (m) => w.postMessage(m);
    } catch {
      let inbox: ((m: ToHost) => void) | null = null;
      host(
        (m) => handler.current(m),
        (h) => {
          inbox = h;
        },
      );
      send.current = (m) => setTimeout(() => inbox?.(m), 0);
    }
    return () => {
      worker?.terminate();
      send.current = () => {};
    };
  }, []);
  return send;
}
