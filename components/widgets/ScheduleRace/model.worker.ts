// Trains every selected schedule off the main thread (up to 7 runs × 5000 updates).
import { exposeWorker } from '../kit/worker/exposeWorker.ts';
import { race } from './model.ts';

exposeWorker(race);
