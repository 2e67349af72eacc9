import { host } from './host.ts';

host(
  (message) => postMessage(message),
  (handler) => {
    self.onmessage = (e: MessageEvent) => handler(e.data);
  },
);
