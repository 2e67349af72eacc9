import { describe, expect, it } from 'vitest';
import { paintFirst } from './paintFirst.ts';

/** A stand-in for afterNextPaint: runs the queued callbacks when `paint()` is called. */
function frames() {
  let queued: (() => void)[] = [];
  return {
    schedule(run: () => void) {
      queued.push(run);
      return () => {
        queued = queued.filter((r) => r !== run);
      };
    },
    paint() {
      const now = queued;
      queued = [];
      for (const run of now) run();
    },
    get waiting() {
      return queued.length;
    },
  };
}

describe('paintFirst', () => {
  it('hands a move to the widget only after the next paint', () => {
    const f = frames();
    const seen: number[] = [];
    const c = paintFirst<number>((v) => seen.push(v), f.schedule);
    c.move(3);
    expect(seen).toEqual([]);
    f.paint();
    expect(seen).toEqual([3]);
  });

  it('several moves before a paint reach the widget once, with the newest value', () => {
    const f = frames();
    const seen: number[] = [];
    const c = paintFirst<number>((v) => seen.push(v), f.schedule);
    c.move(1);
    c.move(2);
    c.move(5);
    expect(f.waiting).toBe(1);
    f.paint();
    expect(seen).toEqual([5]);
    c.move(6);
    f.paint();
    expect(seen).toEqual([5, 6]);
  });

  it('cancel drops a move that has not been handed over, and later moves still work', () => {
    const f = frames();
    const seen: number[] = [];
    const c = paintFirst<number>((v) => seen.push(v), f.schedule);
    c.move(1);
    c.cancel();
    f.paint();
    expect(seen).toEqual([]);
    c.move(2);
    f.paint();
    expect(seen).toEqual([2]);
  });
});
