import type { ConnectTraining, TrainingConnection } from './connectTraining.ts';
import type { ToHost, TrainingFrame } from './trainingHost.ts';

/** Whether a command asks for training (Play or Step): what opens a lazy connection. */
export const asksForTraining = <C>(m: ToHost<C>) => m.type === 'play' || m.type === 'step';

/**
 * lazyConnection(connect) → a connector that opens the real connection (a worker that downloads
 * its data, say) only when the reader first asks for training — Play, Step, or settings sent
 * with `play` — and until then keeps the settings it was sent, so the host starts from the
 * latest. Before that, nothing is created or fetched: a board that is merely scrolled past costs
 * the page nothing.
 */
export function lazyConnection<C, F extends TrainingFrame>(
  connect: ConnectTraining<C, F>,
): ConnectTraining<C, F> {
  return (onMessage) => {
    let real: TrainingConnection<C> | null = null;
    let closed = false;
    let lastConfig: ToHost<C> | null = null;
    return {
      send(m) {
        if (closed) return;
        if (real) return real.send(m);
        const opens = asksForTraining(m) || (m.type === 'config' && m.play);
        if (m.type === 'config') lastConfig = m;
        if (!opens) return;
        real = connect(onMessage);
        if (lastConfig) real.send(lastConfig);
        if (m.type !== 'config') real.send(m);
      },
      close() {
        closed = true;
        real?.close();
        real = null;
      },
    };
  };
}
