// Runs stopAnytime off the main thread: four runs of up to 2500 mini-batch updates take tens of
// milliseconds, more than one frame.
import { exposeWorker } from '../kit/worker/exposeWorker.ts';
import { stopAnytime } from './model.ts';

exposeWorker(stopAnytime);
