// Whether the worker draws the playground's canvases (boardPainter.ts): the training runs in a
// Worker and the browser can hand a canvas over (transferControlToOffscreen). Else the page draws.
import type { TrainingSession } from '../kit/training/trainingSession.ts';

export const drawsInWorker = (session: TrainingSession<never, never> | { viewsInWorker: boolean }) =>
  typeof HTMLCanvasElement === 'function' &&
  'transferControlToOffscreen' in HTMLCanvasElement.prototype &&
  session.viewsInWorker;
