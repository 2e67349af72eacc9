import { describe, expect, it } from 'vitest';
import {
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
