import { exposeWorker } from '../kit/worker/exposeWorker.ts';
import { sagaTableModel } from './model.ts';

exposeWorker(sagaTableModel);
