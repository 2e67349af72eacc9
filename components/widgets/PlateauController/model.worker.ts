// Trains the plateau run off the main thread (up to 150 epochs with a 1000-example validation pass each).
import { exposeWorker } from '../kit/worker/exposeWorker.ts';
import { runPlateau } from './model.ts';

exposeWorker(runPlateau);
