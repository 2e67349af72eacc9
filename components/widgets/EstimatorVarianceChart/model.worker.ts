import { exposeWorker } from '../kit/worker/exposeWorker.ts';
import { varianceModel } from './model.ts';

exposeWorker(varianceModel);
