import { describe, expect, it, vi } from 'vitest';
import { connectTraining } from './connectTraining.ts';
import type { FromHost, TrainingEngine, TrainingFrame } from './trainingHost.ts';

/** A stand-in for a Worker: records what it was sent and whether it was terminated. */
function fakeWorker() {
  const sent: unknown[] = [];
  const worker = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    postMessage: (m: unknown) => sent.push(m),
    terminated: false,
    terminate() {
      this.terminated = true;
    },
  };
  return { worker, sent };
}

/** An engine of `steps` updates whose frames carry the step only. */
const engine = (steps: number): TrainingEngine<TrainingFrame> => {
  let step = 0;
  return {
    steps,
    get done() {
      return step >= steps;
    },
    advance(updates) {
      step = Math.min(steps, step + updates);
      return { step, steps, done: step >= steps, runs: [] };
    },
  };
};

describe('connectTraining', () => {
  it('answers inWorker by constructing the worker, and the first connection uses that worker', () => {
    const made: ReturnType<typeof fakeWorker>[] = [];
    const createWorker = vi.fn(() => {
      made.push(fakeWorker());
      return made.at(-1)!.worker as unknown as Worker;
    });
    const connect = connectTraining<number, TrainingFrame>(createWorker, engine);
    expect(connect.inWorker?.()).toBe(true);
    expect(connect.inWorker?.()).toBe(true);
    expect(createWorker).toHaveBeenCalledTimes(1);
    const c = connect(() => {});
    c.send({ type: 'play' });
    expect(createWorker).toHaveBeenCalledTimes(1);
    expect(made[0]!.sent).toEqual([{ type: 'play' }]);
    // a later connection (the widget mounted again) gets a worker of its own
    c.close();
    expect(made[0]!.worker.terminated).toBe(true);
    connect(() => {});
    expect(createWorker).toHaveBeenCalledTimes(2);
  });

  it('says no when the worker cannot be constructed, and then trains on the page', async () => {
    const createWorker = vi.fn((): Worker => {
      throw new DOMException('workers are not allowed here', 'SecurityError');
    });
    const connect = connectTraining<number, TrainingFrame>(createWorker, engine);
    // a page that asks first never hands a canvas to a worker that does not exist
    expect(connect.inWorker?.()).toBe(false);
    const got: FromHost<TrainingFrame>[] = [];
    const c = connect((m) => got.push(m));
    c.send({ type: 'config', gen: 1, config: 10, play: false });
    c.send({ type: 'step', updates: 4 });
    await vi.waitFor(() => expect(got.at(-1)).toMatchObject({ type: 'frame', gen: 1, frame: { step: 4 } }));
    c.close();
  });

  it('makes no worker before a connection or a question', () => {
    const createWorker = vi.fn(() => fakeWorker().worker as unknown as Worker);
    connectTraining<number, TrainingFrame>(createWorker, engine);
    expect(createWorker).not.toHaveBeenCalled();
  });
});
