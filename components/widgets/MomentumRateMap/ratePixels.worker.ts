import { exposeWorker } from '../kit/worker/exposeWorker.ts';
import { ratePixels } from './ratePixels.ts';

// Off the main thread: 28,000 spectral radii per κ, and the garbage they leave.
exposeWorker(ratePixels);
