// Runs decayPerParameter off the main thread: two optimizers × up to 3000 updates take longer
// than one frame on a busy 2-core machine.
import { exposeWorker } from '../kit/worker/exposeWorker.ts';
import { decayPerParameter } from './model.ts';

exposeWorker(decayPerParameter);
