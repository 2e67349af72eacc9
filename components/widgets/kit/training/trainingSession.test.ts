import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrainPoint } from '@descent/optim';
import type { ConnectTraining } from './connectTraining.ts';
import { PUBLISH_MS, RESTART_HOLD_MS, createTrainingSession } from './trainingSession.ts';
import type { FromHost, ToHost, TrainingFrame } from './trainingHost.ts';

const p = (step: number): TrainPoint => ({
  step,
  lr: 0.1,
  trainLoss: 1,
  testLoss: 1,
  trainAccuracy: 1,
  testAccuracy: 1,
});
const frame = (step: number, steps = 100): TrainingFrame => ({
  step,
  steps,
  done: step >= steps,
  runs: [{ label: 'A', points: [p(step)], divergedAt: null }],
});

/** A host stand-in: records what the session sends and lets the test answer. */
function fakeHost() {
  const sent: ToHost<string>[] = [];
  let reply: (m: FromHost<TrainingFrame>) => void = () => {};
  let closed = false;
  const transfers: (Transferable[] | undefined)[] = [];
  const connect: ConnectTraining<string, TrainingFrame> = (onMessage) => {
    reply = onMessage;
    return {
      send: (m, transfer) => {
        sent.push(m);
        transfers.push(transfer);
      },
      close: () => (closed = true),
    };
  };
  return { connect, sent, transfers, reply: (m: FromHost<TrainingFrame>) => reply(m), closed: () => closed };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createTrainingSession(connect)', () => {
  it('view messages wait for the connection, in order, with their transfer lists, then go at once', () => {
    const host = fakeHost();
    const s = createTrainingSession(host.connect);
    expect(s.viewsInWorker).toBe(false);
    const buffer = new ArrayBuffer(4);
    s.view({ canvas: 0 }, [buffer]);
    s.view({ theme: 'dark' });
    s.configure('moons', 100);
    expect(host.sent).toEqual([]);
    s.start();
    expect(host.sent.map((m) => m.type)).toEqual(['view', 'view', 'config']);
    expect(host.sent[0]).toEqual({ type: 'view', view: { canvas: 0 } });
    expect(host.transfers[0]).toEqual([buffer]);
    s.view({ run: 1 });
    expect(host.sent.at(-1)).toEqual({ type: 'view', view: { run: 1 } });
  });

  it('says the host draws in a worker when its connector does', () => {
    const host = fakeHost();
    const connect = Object.assign(host.connect, { inWorker: () => true });
    expect(createTrainingSession(connect).viewsInWorker).toBe(true);
  });

  it('sends the settings with a new generation, and frames of older settings never reach the page', () => {
    const host = fakeHost();
    const s = createTrainingSession(host.connect, () => Date.now());
    s.start();
    s.configure('moons', 100);
    s.configure('xor', 100);
    expect(host.sent).toEqual([
      { type: 'config', gen: 1, config: 'moons', play: false },
      { type: 'config', gen: 2, config: 'xor', play: false },
    ]);
    const seen: number[] = [];
    s.onFrame((f) => seen.push(f.step));
    host.reply({ type: 'frame', gen: 1, frame: frame(5), playing: false });
    host.reply({ type: 'frame', gen: 2, frame: frame(0), playing: false });
    expect(seen).toEqual([0]);
    expect(s.getSnapshot().runs[0].history.map((q) => q.step)).toEqual([0]);
  });

  it('settings given before the host connects are sent on connecting; stop closes the host', () => {
    const host = fakeHost();
    const s = createTrainingSession(host.connect);
    s.configure('moons', 100);
    expect(host.sent).toEqual([]);
    const stop = s.start();
    expect(host.sent).toEqual([{ type: 'config', gen: 2, config: 'moons', play: false }]);
    stop();
    expect(host.closed()).toBe(true);
  });

  it('while playing, publishes to React at most once a second but hands every frame to frame listeners', () => {
    const host = fakeHost();
    const s = createTrainingSession(host.connect, () => Date.now());
    s.start();
    s.configure('moons', 1000);
    s.play();
    expect(host.sent.at(-1)).toEqual({ type: 'play' });
    const published: number[] = [];
    s.subscribe(() => published.push(s.getSnapshot().step));
    let frames = 0;
    s.onFrame(() => frames++);
    for (let k = 1; k <= 60; k++) {
      vi.advanceTimersByTime(33);
      host.reply({ type: 'frame', gen: 1, frame: frame(k, 1000), playing: true });
    }
    expect(frames).toBe(60);
    expect(published.length).toBeLessThanOrEqual(3);
    vi.advanceTimersByTime(PUBLISH_MS);
    expect(s.getSnapshot().step).toBe(60);
    // Paused (or finished), every frame is published at once.
    host.reply({ type: 'frame', gen: 1, frame: frame(61, 1000), playing: false });
    expect(published.at(-1)).toBe(61);
  });

  it('while playing, new settings keep the runs on show until the presses pause, then show the new runs', () => {
    const host = fakeHost();
    const s = createTrainingSession(host.connect, () => Date.now());
    s.start();
    s.configure('moons', 1000);
    s.play();
    host.reply({ type: 'frame', gen: 1, frame: frame(5, 1000), playing: true });
    vi.advanceTimersByTime(PUBLISH_MS);
    expect(s.getSnapshot()).toMatchObject({ gen: 1, step: 5 });
    vi.advanceTimersByTime(1000);
    // three presses 200 ms apart: each restarts the runs, none empties the board
    for (const [gen, name] of [
      [2, 'xor'],
      [3, 'spiral'],
      [4, 'circle'],
    ] as const) {
      s.configure(name, 1000);
      expect(host.sent.at(-1)).toEqual({ type: 'config', gen, config: name, play: true });
      vi.advanceTimersByTime(100);
      host.reply({ type: 'frame', gen, frame: frame(0, 1000), playing: true });
      vi.advanceTimersByTime(100);
      expect(s.getSnapshot()).toMatchObject({ gen: 1, step: 5 });
    }
    host.reply({ type: 'frame', gen: 4, frame: frame(1, 1000), playing: true });
    host.reply({ type: 'frame', gen: 1, frame: frame(6, 1000), playing: true }); // old settings: dropped
    vi.advanceTimersByTime(RESTART_HOLD_MS - 200 - 1);
    expect(s.getSnapshot().gen).toBe(1);
    vi.advanceTimersByTime(1);
    // RESTART_HOLD_MS after the last press: the newest runs, with every frame they sent
    expect(s.getSnapshot()).toMatchObject({ gen: 4, step: 1, playing: true });
    expect(s.getSnapshot().runs[0].history.map((q) => q.step)).toEqual([0, 1]);
    // then the once-a-second pace again
    vi.advanceTimersByTime(33);
    host.reply({ type: 'frame', gen: 4, frame: frame(2, 1000), playing: true });
    expect(s.getSnapshot().step).toBe(1);
    vi.advanceTimersByTime(PUBLISH_MS);
    expect(s.getSnapshot().step).toBe(2);
  });

  it('paused, new settings keep the runs on show until their first frame, which shows at once', () => {
    const host = fakeHost();
    const s = createTrainingSession(host.connect, () => Date.now());
    s.start();
    s.configure('moons', 100);
    host.reply({ type: 'frame', gen: 1, frame: frame(0), playing: false });
    s.configure('xor', 100);
    expect(s.getSnapshot().gen).toBe(1);
    vi.advanceTimersByTime(20);
    host.reply({ type: 'frame', gen: 2, frame: frame(0), playing: false });
    expect(s.getSnapshot()).toMatchObject({ gen: 2, step: 0, playing: false });
    expect(s.getSnapshot().runs).toHaveLength(1);
  });

  it('new settings whose first frame does not come show the restart after RESTART_HOLD_MS', () => {
    const host = fakeHost();
    const s = createTrainingSession(host.connect, () => Date.now());
    s.start();
    s.configure('moons', 100);
    host.reply({ type: 'frame', gen: 1, frame: frame(0), playing: false });
    s.configure('xor', 100);
    expect(s.getSnapshot().gen).toBe(1);
    vi.advanceTimersByTime(RESTART_HOLD_MS);
    expect(s.getSnapshot()).toMatchObject({ gen: 2, step: 0, runs: [] });
  });

  it('play at the end restarts from step 0 and plays; new settings while playing keep playing', () => {
    const host = fakeHost();
    const s = createTrainingSession(host.connect);
    s.start();
    s.configure('moons', 10);
    host.reply({ type: 'frame', gen: 1, frame: frame(10, 10), playing: false });
    expect(s.getSnapshot().done).toBe(true);
    s.play();
    expect(host.sent.at(-1)).toEqual({ type: 'config', gen: 2, config: 'moons', play: true });
    expect(s.getSnapshot()).toMatchObject({ playing: true, step: 0, runs: [] });
    s.configure('xor', 10);
    expect(host.sent.at(-1)).toEqual({ type: 'config', gen: 3, config: 'xor', play: true });
  });

  it('pause, step and restart say so to the host and stop playing', () => {
    const host = fakeHost();
    const s = createTrainingSession(host.connect);
    s.start();
    s.configure('moons', 100);
    s.play();
    s.pause();
    expect(s.getSnapshot().playing).toBe(false);
    s.step(5);
    s.restart();
    expect(host.sent.slice(-3)).toEqual([
      { type: 'pause' },
      { type: 'step', updates: 5 },
      { type: 'config', gen: 2, config: 'moons', play: false },
    ]);
  });
});
