import { describe, expect, it } from 'vitest';
import type { ConnectTraining } from './connectTraining.ts';
import { lazyConnection } from './lazyConnection.ts';
import type { ToHost, TrainingFrame } from './trainingHost.ts';

function countingHost() {
  const sent: ToHost<string>[] = [];
  let opened = 0;
  let closed = 0;
  const connect: ConnectTraining<string, TrainingFrame> = () => {
    opened++;
    return { send: (m) => sent.push(m), close: () => closed++ };
  };
  return { connect, sent, opened: () => opened, closed: () => closed };
}

describe('lazyConnection(connect)', () => {
  it('opens nothing for settings alone, then on Play sends the latest settings and the Play', () => {
    const host = countingHost();
    const c = lazyConnection(host.connect)(() => {});
    c.send({ type: 'config', gen: 1, config: 'a', play: false });
    c.send({ type: 'config', gen: 2, config: 'b', play: false });
    c.send({ type: 'pause' });
    expect(host.opened()).toBe(0);
    c.send({ type: 'play' });
    expect(host.opened()).toBe(1);
    expect(host.sent).toEqual([{ type: 'config', gen: 2, config: 'b', play: false }, { type: 'play' }]);
    c.send({ type: 'pause' });
    expect(host.sent.at(-1)).toEqual({ type: 'pause' });
    expect(host.opened()).toBe(1);
  });

  it('a Step, or settings sent playing, open it too; close closes the real connection once', () => {
    const a = countingHost();
    const ca = lazyConnection(a.connect)(() => {});
    ca.send({ type: 'config', gen: 1, config: 'x', play: false });
    ca.send({ type: 'step', updates: 5 });
    expect(a.sent).toEqual([
      { type: 'config', gen: 1, config: 'x', play: false },
      { type: 'step', updates: 5 },
    ]);
    ca.close();
    ca.send({ type: 'play' });
    expect([a.opened(), a.closed()]).toEqual([1, 1]);

    const b = countingHost();
    const cb = lazyConnection(b.connect)(() => {});
    cb.send({ type: 'config', gen: 3, config: 'y', play: true });
    expect(b.sent).toEqual([{ type: 'config', gen: 3, config: 'y', play: true }]);
  });

  it('closing before anything opened creates nothing', () => {
    const host = countingHost();
    const c = lazyConnection(host.connect)(() => {});
    c.send({ type: 'config', gen: 1, config: 'a', play: false });
    c.close();
    c.send({ type: 'play' });
    expect([host.opened(), host.closed()]).toEqual([0, 0]);
  });
});
