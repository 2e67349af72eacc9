import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TrainPoint } from '@descent/optim';
import {
  TICK_MS,
  trainingHost,
  type FromHost,
  type ToHost,
  type TrainingEngine,
  type TrainingFrame,
} from './trainingHost.ts';

type F = TrainingFrame & { seenBy?: string };

/** An engine of `steps` updates whose frames carry the step only. */
function engine(steps: number): TrainingEngine<F> {
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
}

function harness() {
  const posted: { m: FromHost<F>; transfer?: Transferable[] }[] = [];
  const views: unknown[] = [];
  let send: (m: ToHost<number>) => void = () => {};
  const buffer = new ArrayBuffer(8);
  trainingHost<number, F>(
    engine,
    (m, transfer) => posted.push({ m, transfer }),
    (h) => {
      send = h;
    },
    {
      // a view of 'again' asks for the frame anew
      view: (v) => {
        views.push(v);
        return v === 'again';
      },
      frame: (f) => ({ ...f, seenBy: 'viewer' }),
      transfer: () => [buffer],
    },
  );
  return { posted, views, send: (m: ToHost<number>) => send(m), buffer };
}

describe('trainingHost with a viewer', () => {
  it('hands every frame to the viewer and posts what it returns, with its transfer list', () => {
    const h = harness();
    h.send({ type: 'config', gen: 1, config: 100, play: false });
    h.send({ type: 'step', updates: 5 });
    expect(h.posted.map(({ m }) => (m.type === 'frame' ? [m.frame.step, m.frame.seenBy] : m.type))).toEqual([
      [0, 'viewer'],
      [5, 'viewer'],
    ]);
    expect(h.posted.every((p) => p.transfer?.[0] === h.buffer)).toBe(true);
  });

  it('passes view messages to the viewer; one that asks for it gets the current frame again, while paused', () => {
    const h = harness();
    h.send({ type: 'view', view: 'before any settings' });
    expect(h.posted).toEqual([]);
    h.send({ type: 'config', gen: 1, config: 100, play: false });
    h.send({ type: 'step', updates: 7 });
    h.send({ type: 'view', view: 'theme' });
    expect(h.posted).toHaveLength(2);
    h.send({ type: 'view', view: 'again' });
    expect(h.posted).toHaveLength(3);
    const last = h.posted[2].m;
    expect(last.type === 'frame' && last.frame.step).toBe(7);
    expect(h.views).toEqual(['before any settings', 'theme', 'again']);
  });
});

const point = (step: number): TrainPoint => ({
  step,
  lr: 0.1,
  trainLoss: 1,
  testLoss: 1,
  trainAccuracy: 1,
  testAccuracy: 1,
});

describe('trainingHost with a viewer that draws every frame', () => {
  afterEach(() => vi.useRealTimers());

  it('posts frames at most every postEvery ms while playing, each with the points of the frames held back, and the last at once', () => {
    vi.useFakeTimers();
    const posted: FromHost<TrainingFrame>[] = [];
    let send: (m: ToHost<number>) => void = () => {};
    let step = 0;
    const steps = 30;
    trainingHost<number, TrainingFrame>(
      () => ({
        steps,
        get done() {
          return step >= steps;
        },
        advance(updates) {
          const from = step;
          step = Math.min(steps, step + updates);
          const points = [];
          for (let t = from + 1; t <= step; t++) points.push(point(t));
          return { step, steps, done: step >= steps, runs: [{ label: 'A', points, divergedAt: null }] };
        },
      }),
      (m) => posted.push(m),
      (h) => {
        send = h;
      },
      { view: () => false, frame: (f) => f, postEvery: () => 100 },
    );
    send({ type: 'config', gen: 1, config: 0, play: true });
    vi.advanceTimersByTime(TICK_MS * 40);
    const frames = posted.flatMap((m) => (m.type === 'frame' ? [m.frame] : []));
    // one update per tick (T / 300 rounds up to 1): 30 ticks, about one post in three
    expect(frames.at(-1)?.done).toBe(true);
    expect(frames.length).toBeGreaterThan(5);
    expect(frames.length).toBeLessThan(16);
    // no point lost or repeated
    expect(frames.flatMap((f) => f.runs[0].points.map((p) => p.step))).toEqual(
      Array.from({ length: steps }, (_, i) => i + 1),
    );
  });
});
