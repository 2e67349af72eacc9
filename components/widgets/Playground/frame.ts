// What the playground's worker sends and its views draw: the grids' sizes and a frame's shape.
// Apart from the engine (which the page loads only without a worker), so the boards and the
// diagram import these without the training code.
import type { RunFrame, TrainingFrame } from '../kit/training/trainingHost.ts';

export const GRID = 40;
/** The network diagram's unit heatmaps: every unit's output on a coarse DIAGRAM_GRID² grid. */
export const DIAGRAM_GRID = 16;

export interface BoundaryRunFrame extends RunFrame {
  /** P(class 1) (regression: ŷ) on the GRID × GRID cells, row-major from the top; the last finite boundary after divergence. */
  grid: Float32Array;
  /** The parameters θ (layout as the package's mlp), for the diagram's links and biases. */
  theta: Float32Array;
  /** Every unit's output on the DIAGRAM_GRID² cells, layer after layer (inputs first), unit after
   *  unit, each DIAGRAM_GRID² values row-major from the top. */
  units: Float32Array;
}

/** `painted`: boards frames the worker has drawn so far, where it draws them (boardPainter.ts). */
export type Frame = TrainingFrame<BoundaryRunFrame> & { painted?: number };

/** A board's canvas, px (square). */
export const BOARD_PX = 280;

/** While training, the diagram repaints at most this often (ms); the boards paint every frame. */
export const DIAGRAM_REPAINT_MS = 100;
