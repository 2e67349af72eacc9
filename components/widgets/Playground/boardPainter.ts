// The boards and the network diagram drawn in the worker, on the canvases the page handed over
// (transferControlToOffscreen): each frame's boundaries, the data points and the diagram's unit
// heatmaps are painted there and shown by the compositor, so the page's main thread neither
// colours the cells thirty times a second nor hands the canvases' pixels over in its frames'
// commits (the largest part of its work while a run trained, in a trace at 4× CPU slowdown).
// Frames then go to the page without the unit heatmaps of the runs the diagram does not show.
import type { Dataset } from '@descent/optim';
import type { TrainingViewer } from '../kit/training/trainingHost.ts';
import { DARK, LIGHT, drawBoundary, drawPointsLayer, makeCanvas, type AnyCanvas } from './drawBoundary.ts';
import { drawDiagram, type DiagramPicture } from './drawDiagram.ts';
import { featureTiles } from './featureTiles.ts';
import { BOARD_PX, DIAGRAM_REPAINT_MS, GRID, type Frame } from './frame.ts';
import type { Problem } from './model.ts';

/** What the diagram's picture takes from the page (the rest — θ, heatmaps, palette, tiles — is the worker's). */
export type DiagramScene = Omit<DiagramPicture, 'theta' | 'units' | 'pal' | 'tiles'>;

/** What the page tells the painter: a board's canvas (null: that board is gone), how to draw, which run the diagram shows. */
export type BoardView =
  | { kind: 'canvas'; index: number; canvas: OffscreenCanvas | null }
  | { kind: 'look'; showTest: boolean; discrete: boolean; dark: boolean }
  /** scene: how to draw the diagram, where the worker draws it (null: the page does). */
  | { kind: 'diagram'; run: number; scene: DiagramScene | null }
  | { kind: 'diagram-canvas'; canvas: OffscreenCanvas }
  /** A reader's press: the page's frame with it goes to the screen before the canvases change again. */
  | { kind: 'hold' };

export interface BoardPainter extends TrainingViewer<Frame> {
  /** The points of the current settings (every new engine): drawn on each board. */
  setData(data: { train: Dataset; test: Dataset }, problem: Problem): void;
}

const NO_UNITS = new Float32Array(0);

/** While playing, frames go to the page at most this often where the worker draws everything (ms). */
const POST_MS = 100;

/**
 * After a press, the canvases wait this long before they change (ms). Each change of a canvas the
 * worker draws is a compositor frame of its own, thirty a second while training; one that lands
 * with the press's frame makes the compositor draw both (the damage of the slider and of the boards
 * in one rectangle), and the press reaches the screen a frame or two late (a trace: the press's
 * frame drawn in 15-24 ms instead of 1-5). The boards show the old run until the new one starts anyway.
 */
const HOLD_MS = 80;

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
  let diagramCanvas: OffscreenCanvas | null = null;
  let scene: DiagramScene | null = null;
  let lastDiagram = -Infinity;
  let diagramTimer: ReturnType<typeof setTimeout> | undefined;
  let holdUntil = 0;
  let holdTimer: ReturnType<typeof setTimeout> | undefined;
  /** True while a press holds the canvases; the boards and the diagram are painted when it ends. */
  const held = () => {
    const wait = holdUntil - performance.now();
    if (wait <= 0) return false;
    holdTimer ??= setTimeout(() => {
      holdTimer = undefined;
      paint();
      paintDiagram();
    }, wait);
    return true;
  };

  const paint = () => {
    if (!last || !data || !canvases.some(Boolean) || held()) return;
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
  const paintDiagram = () => {
    clearTimeout(diagramTimer);
    diagramTimer = undefined;
    const r = last?.runs[diagramRun];
    if (!diagramCanvas || !scene || !r || held()) return;
    lastDiagram = performance.now();
    const pal = look.dark ? DARK : LIGHT;
    drawDiagram(diagramCanvas, { ...scene, theta: r.theta, units: r.units, pal, tiles: featureTiles() });
  };
  /** A training frame's repaint of the diagram: at most every DIAGRAM_REPAINT_MS, the latest frame last. */
  const paintDiagramSoon = () => {
    const wait = lastDiagram + DIAGRAM_REPAINT_MS - performance.now();
    if (wait <= 0) paintDiagram();
    else diagramTimer ??= setTimeout(paintDiagram, wait);
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
        paintDiagram();
      } else if (v.kind === 'hold') {
        holdUntil = performance.now() + HOLD_MS;
      } else if (v.kind === 'diagram-canvas') {
        diagramCanvas = v.canvas;
        paintDiagram();
      } else if (v.kind === 'diagram') {
        scene = v.scene;
        const switched = v.run !== diagramRun;
        diagramRun = v.run;
        // a new run's heatmaps come with its next frame (and the page needs them too)
        if (switched) return true;
        paintDiagram();
      }
      return false;
    },
    frame(f) {
      // The frame's arrays move to the page (transfer): keep copies of what a repaint needs.
      last = {
        ...f,
        runs: f.runs.map((r, i) => ({
          ...r,
          grid: r.grid.slice(),
          theta: r.theta.slice(),
          units: i === diagramRun ? r.units.slice() : NO_UNITS,
        })),
      };
      paint();
      paintDiagramSoon();
      return {
        ...f,
        painted,
        runs: f.runs.map((r, i) => (i === diagramRun ? r : { ...r, units: NO_UNITS })),
      };
    },
    // Where the worker draws the boards and the diagram, the page needs ten frames a second at most.
    postEvery: () => (canvases.some(Boolean) && diagramCanvas ? POST_MS : 0),
    // The engine makes each frame's arrays afresh (engine.ts): moved, not copied, to the page.
    transfer: (f) =>
      f.runs.flatMap((r) =>
        [r.grid, r.theta, ...(r.units.length ? [r.units] : [])].map((a) => a.buffer as ArrayBuffer),
      ),
  };
}
