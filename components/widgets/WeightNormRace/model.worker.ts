// Runs weightNormRace off the main thread: three optimizers × up to 4000 mini-batch updates.
import { exposeWorker } from '../kit/worker/exposeWorker.ts';
import { weightNormRace } from './model.ts';

exposeWorker(weightNormRace);
