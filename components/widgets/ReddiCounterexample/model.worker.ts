// Runs the online problem off the main thread: two learners × up to 10⁶ rounds take
// 10 ms – 1 s on a 2-core machine.
import { exposeWorker } from '../kit/worker/exposeWorker.ts';
import { reddi } from './model.ts';

exposeWorker(reddi);
