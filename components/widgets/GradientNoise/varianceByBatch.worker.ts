// The variance-vs-b chart draws `draws` mini-batches for each of nine batch sizes (up to
// ~100 000 example gradients): more than a frame, so it runs off the main thread.
import { exposeWorker } from '../kit/worker/exposeWorker.ts';
import { varianceByBatch } from './model.ts';

exposeWorker(varianceByBatch);
