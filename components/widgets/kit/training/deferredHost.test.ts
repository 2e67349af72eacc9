import { describe, expect, it } from 'vitest';
import type { TrainPoint } from '@descent/optim';
import { trainingHostAfter } from './deferredHost.ts';
import type { FromHost, ToHost, TrainingEngine, TrainingFrame } from './trainingHost.ts';

const point = (step: number): TrainPoint => ({
  step,
  lr: NaN,
  trainLoss: 1,
  testLoss: 1,
  trainAccuracy: 0,
  testAccuracy: 0,
});

/** An engine that counts updates and remembers the resource and settings it was built with. */
function counter(resource: string, config: number): TrainingEngine<TrainingFrame> {
  let step = 0;
  return {
    steps: config,
    get done() {
      return step >= config;
    },
    advance(updates) {
      step = Math.min(config, step + updates);
      return {
        step,
        steps: config,
        done: step >= config,
        runs: [{ label: resource, points: [point(step)], divergedAt: null }],
      };
    },
  };
}

function harness(load: () => Promise<string>) {
  const posted: FromHost<TrainingFrame>[] = [];
  let send: (m: ToHost<number>) => void = () => {};
  trainingHostAfter<string, number, TrainingFrame>(
    load,
    counter,
    (m) => posted.push(m),
    (h) => (send = h),
  );
  return { posted, send: (m: ToHost<number>) => send(m) };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('trainingHostAfter(load, createEngine)', () => {
  it('keeps the messages sent while loading and replays them, in order, on the loaded resource', async () => {
    let resolve: (v: string) => void = () => {};
    const h = harness(() => new Promise((r) => (resolve = r)));
    h.send({ type: 'config', gen: 1, config: 10, play: false });
    h.send({ type: 'step', updates: 3 });
    expect(h.posted).toEqual([]);
    resolve('digits');
    await settle();
    const frames = h.posted.filter((m) => m.type === 'frame');
    expect(
      frames.map((m) => (m.type === 'frame' ? [m.gen, m.frame.step, m.frame.runs[0].label] : null)),
    ).toEqual([
      [1, 0, 'digits'],
      [1, 3, 'digits'],
    ]);
    h.send({ type: 'step', updates: 4 });
    const last = h.posted.at(-1);
    expect(last?.type === 'frame' && last.frame.step).toBe(7);
  });

  it('a failed load answers the latest settings, and later ones, with its message', async () => {
    const h = harness(() => Promise.reject(new Error('Could not download the digits: HTTP 404')));
    h.send({ type: 'config', gen: 1, config: 10, play: false });
    h.send({ type: 'config', gen: 2, config: 10, play: true });
    await settle();
    expect(h.posted).toEqual([{ type: 'error', gen: 2, message: 'Could not download the digits: HTTP 404' }]);
    h.send({ type: 'play' });
    h.send({ type: 'config', gen: 3, config: 5, play: false });
    expect(h.posted.at(-1)).toEqual({
      type: 'error',
      gen: 3,
      message: 'Could not download the digits: HTTP 404',
    });
    expect(h.posted).toHaveLength(2);
  });
});
