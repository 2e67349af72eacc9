// Runs muonMemory off the main thread: Muon's five Newton–Schulz steps on every update of a
// 16 × 16 memory, with SGD and Adam beside it, take longer than a frame.
import { exposeWorker } from '../kit/worker/exposeWorker.ts';
import { muonMemory } from './model.ts';

exposeWorker(muonMemory);
