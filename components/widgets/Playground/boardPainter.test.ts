import { afterEach, describe, expect, it, vi } from 'vitest';
import { boardPainter } from './boardPainter.ts';
import type { Frame } from './frame.ts';
import { buildDataset } from './model.ts';

const run = (label: string, units: number) => ({
  label,
  points: [],
  divergedAt: null,
  grid: new Float32Array(4).fill(0.5),
  theta: new Float32Array(3),
  units: new Float32Array(units).fill(1),
});
const frame = (): Frame => ({
  step: 3,
  steps: 10,
  done: false,
  runs: [run('A', 8), run('B', 8), run('C', 8)],
});

// The painting itself needs a canvas (the e2e tests look at it); here, what reaches the page.
describe('boardPainter', () => {
  it('sends the unit heatmaps of the run the diagram shows only, and moves the frame’s arrays', () => {
    const p = boardPainter();
    p.setData(
      buildDataset({ problem: 'classification', dataset: 'moons', noise: 0.1, n: 20, trainPct: 50, seed: 1 }),
      'classification',
    );
    const out = p.frame(frame());
    expect(out.runs.map((r) => r.units.length)).toEqual([8, 0, 0]);
    expect(out.runs.map((r) => r.grid.length)).toEqual([4, 4, 4]);
    // nothing painted without a canvas handed over
    expect(out.painted).toBe(0);
    // A's grid, θ and heatmaps, B's and C's grid and θ: seven buffers, none twice
    const moved = p.transfer!(out);
    expect(moved).toHaveLength(7);
    expect(new Set(moved).size).toBe(7);
  });

  it('a diagram showing another run asks for the frame again, and that frame carries that run’s heatmaps', () => {
    const p = boardPainter();
    expect(p.view({ kind: 'diagram', run: 0, scene: null })).toBe(false);
    expect(p.view({ kind: 'diagram', run: 2, scene: null })).toBe(true);
    expect(p.frame(frame()).runs.map((r) => r.units.length)).toEqual([0, 0, 8]);
    expect(p.view({ kind: 'look', showTest: false, discrete: true, dark: true })).toBe(false);
  });

  describe('a press holds the canvases', () => {
    // A 2-D context that takes every call (the pixels are the e2e tests' business).
    const context = () =>
      new Proxy(
        {},
        {
          get: (_, key) =>
            key === 'createImageData'
              ? (w: number, h: number) => ({ data: new Uint8ClampedArray(w * h * 4), width: w, height: h })
              : () => {},
          set: () => true,
        },
      );
    class FakeCanvas {
      constructor(
        public width = 280,
        public height = 280,
      ) {}
      getContext() {
        return context();
      }
    }
    afterEach(() => {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    });

    it('paints no frame for a moment after a press, then paints the latest', () => {
      vi.useFakeTimers();
      vi.stubGlobal('OffscreenCanvas', FakeCanvas);
      const p = boardPainter();
      p.setData(
        buildDataset({
          problem: 'classification',
          dataset: 'moons',
          noise: 0.1,
          n: 20,
          trainPct: 50,
          seed: 1,
        }),
        'classification',
      );
      p.view({ kind: 'canvas', index: 0, canvas: new FakeCanvas() as unknown as OffscreenCanvas });
      expect(p.frame(frame()).painted).toBe(1);
      p.view({ kind: 'hold' });
      // frames during the hold go to the page, but the canvases stay as they were
      expect(p.frame(frame()).painted).toBe(1);
      expect(p.frame(frame()).painted).toBe(1);
      vi.advanceTimersByTime(200);
      // once, with the latest frame
      expect(p.frame(frame()).painted).toBe(3);
    });
  });
});
