// The boards drawn in the worker, on the canvases the page handed over (transferControlToOffscreen):
// each frame's boundaries and the data points are painted there and shown by the compositor, so
// the page's main thread neither colours 1,600 cells per board thirty times a second nor hands
// the boards' pixels over in its frames' commits (the largest part of its work while a run
// trained, in a trace at 4× CPU slowdown). Frames then go to the page without the unit heatmaps
// of the runs the diagram does not show.
import type { Dataset } from '@descent/optim';
import type { TrainingViewer } from '../kit/training/trainingHost.ts';
import { DARK, LIGHT, drawBoundary, drawPointsLayer, makeCanvas, type AnyCanvas } from './drawBoundary.ts';
import { BOARD_PX, GRID, type Frame } from './frame.ts';
import type { Problem } from './model.ts';

/** What the page tells the painter: a board's canvas (null: that board is gone), how to draw, which run the diagram shows. */
export type BoardView =
  | { kind: 'canvas'; index: number; canvas: OffscreenCanvas | null }
  | { kind: 'look'; showTest: boolean; discrete: boolean; dark: boolean }
  | { kind: 'diagram'; run: number };

export interface BoardPainter extends TrainingViewer<Frame> {
  /** The points of the current settings (every new engine): drawn on each board. */
  setData(data: { train: Dataset; test: Dataset }, problem: Problem): void;
}

const NO_UNITS = new Float32Array(0);

export function boardPainter(): BoardPainter {
  const canvases: (OffscreenCanvas | null)[] = [];
  let data: { train: Dataset; test: Dataset } | null = null;
  let problem: Problem = 'classification';
  let look = { showTest: true, discrete: false, dark: false };
  let diagramRun = 0;
  let last: Frame | null = null;
  let layer: AnyCanvas | null = null;
  let layerStale = true;
  let painted = 0;

  const paint = () => {
    if (!last || !data || !canvases.some(Boolean)) return;
    const palette = look.dark ? DARK : LIGHT;
    layer ??= makeCanvas(BOARD_PX, BOARD_PX);
    if (layerStale) {
      const sets = [{ ...data.train, test: false }, ...(look.showTest ? [{ ...data.test, test: true }] : [])];
      drawPointsLayer(layer, sets, BOARD_PX, BOARD_PX, palette, problem);
      layerStale = false;
    }
    last.runs.forEach((r, i) => {
      const c = canvases[i];
      if (c) drawBoundary(c, r.grid, GRID, layer, palette, look.discrete, problem);
    });
    painted++;
  };

  return {
    setData(next, nextProblem) {
      data = next;
      problem = nextProblem;
      layerStale = true;
    },
    view(message) {
      const v = message as BoardView;
      if (v.kind === 'canvas') {
        canvases[v.index] = v.canvas;
        paint();
      } else if (v.kind === 'look') {
        if (v.showTest !== look.showTest || v.dark !== look.dark) layerStale = true;
        look = { showTest: v.showTest, discrete: v.discrete, dark: v.dark };
        paint();
      } else if (v.kind === 'diagram' && v.run !== diagramRun) {
        diagramRun = v.run;
        // the page needs that run's heatmaps now
        return true;
      }
      return false;
    },
    frame(f) {
      last = f;
      paint();
      return {
        ...f,
        painted,
        runs: f.runs.map((r, i) => (i === diagramRun ? r : { ...r, units: NO_UNITS })),
      };
    },
    // The engine makes each frame's arrays afresh (engine.ts): moved, not copied, to the page.
    transfer: (f) =>
      f.runs.flatMap((r) =>
        [r.grid, r.theta, ...(r.units.length ? [r.units] : [])].map((a) => a.buffer as ArrayBuffer),
      ),
  };
}
