// Runs momentumNoise off the main thread: up to 3 series × 12 runs × 5000 noisy steps.
import { exposeWorker } from '../kit/worker/exposeWorker.ts';
import { momentumNoise } from './model.ts';

exposeWorker(momentumNoise);
