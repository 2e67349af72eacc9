// Runs noiseFloor off the main thread: 4 curves × up to 12 runs × 10 000 steps take longer
// than one frame (≈ 50–300 ms on a 2-core machine).
import { exposeWorker } from '../kit/worker/exposeWorker.ts';
import { noiseFloor } from './model.ts';

exposeWorker(noiseFloor);
