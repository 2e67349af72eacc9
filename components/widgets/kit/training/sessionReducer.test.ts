import { describe, expect, it } from 'vitest';
import type { TrainPoint } from '@descent/optim';
import {
  initialSession,
  lastPoint,
  sessionReducer,
  type SessionEvent,
  type SessionState,
} from './sessionReducer.ts';
import type { TrainingFrame } from './trainingHost.ts';

const point = (step: number): TrainPoint => ({
  step,
  lr: 0.1,
  trainLoss: 1 / (step + 1),
  testLoss: 1 / (step + 1),
  trainAccuracy: 0.5,
  testAccuracy: 0.5,
});
const frame = (
  step: number,
  steps: number,
  points: number[][],
  divergedAt: (number | null)[] = [],
): TrainingFrame => ({
  step,
  steps,
  done: step >= steps,
  runs: points.map((ps, i) => ({
    label: `run ${i}`,
    points: ps.map(point),
    divergedAt: divergedAt[i] ?? null,
  })),
});
const run = (events: SessionEvent<TrainingFrame>[], from = initialSession<TrainingFrame>()) =>
  events.reduce<SessionState<TrainingFrame>>(sessionReducer, from);

describe('sessionReducer(state, event)', () => {
  it('configure starts a new generation from step 0, keeping whether it plays', () => {
    const s = run([{ type: 'configure', steps: 300, play: true }]);
    expect(s).toMatchObject({
      gen: 1,
      playing: true,
      step: 0,
      steps: 300,
      done: false,
      runs: [],
      frame: null,
    });
    expect(run([{ type: 'configure', steps: 50, play: false }], s).gen).toBe(2);
  });

  it('appends each frame’s points to its run’s history and follows the frame’s step and playing flag', () => {
    const s = run([
      { type: 'configure', steps: 30, play: true },
      { type: 'frame', gen: 1, frame: frame(0, 30, [[0], [0]]), playing: true },
      { type: 'frame', gen: 1, frame: frame(10, 30, [[5, 10], []]), playing: true },
      { type: 'frame', gen: 1, frame: frame(30, 30, [[20, 30], [30]], [null, 25]), playing: false },
    ]);
    expect(s.runs.map((r) => r.history.map((p) => p.step))).toEqual([
      [0, 5, 10, 20, 30],
      [0, 30],
    ]);
    expect(s.runs[1].divergedAt).toBe(25);
    expect(lastPoint(s.runs[0])?.step).toBe(30);
    expect(s).toMatchObject({ step: 30, done: true, playing: false });
  });

  it('drops frames and errors of an older generation (settings changed meanwhile)', () => {
    const s = run([
      { type: 'configure', steps: 30, play: false },
      { type: 'configure', steps: 60, play: false },
      { type: 'frame', gen: 1, frame: frame(0, 30, [[0]]), playing: false },
      { type: 'error', gen: 1, message: 'old' },
    ]);
    expect(s).toMatchObject({ gen: 2, steps: 60, runs: [], frame: null, error: null });
  });

  it('a frame with a different number of runs starts the histories afresh', () => {
    const s = run([
      { type: 'configure', steps: 30, play: false },
      { type: 'frame', gen: 1, frame: frame(0, 30, [[0]]), playing: false },
      { type: 'frame', gen: 1, frame: frame(10, 30, [[10], [10]]), playing: false },
    ]);
    expect(s.runs.map((r) => r.history.length)).toEqual([1, 1]);
  });

  it('an error stops playing and is kept until the next frame', () => {
    const s = run([
      { type: 'configure', steps: 30, play: true },
      { type: 'error', gen: 1, message: 'network too large' },
    ]);
    expect(s).toMatchObject({ playing: false, error: 'network too large' });
    expect(run([{ type: 'frame', gen: 1, frame: frame(0, 30, [[0]]), playing: false }], s).error).toBeNull();
  });

  it('play does nothing at the end (the store restarts instead); pause and step stop playing', () => {
    const done = run([
      { type: 'configure', steps: 10, play: false },
      { type: 'frame', gen: 1, frame: frame(10, 10, [[10]]), playing: false },
    ]);
    expect(sessionReducer(done, { type: 'play' })).toBe(done);
    const playing = run([{ type: 'configure', steps: 10, play: true }]);
    expect(sessionReducer(playing, { type: 'pause' }).playing).toBe(false);
    expect(sessionReducer(playing, { type: 'step' }).playing).toBe(false);
  });
});
