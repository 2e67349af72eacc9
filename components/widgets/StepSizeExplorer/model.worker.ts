import { exposeWorker } from '../kit/worker/exposeWorker.ts';
import { stepSweepModel } from './model.ts';

exposeWorker(stepSweepModel);
