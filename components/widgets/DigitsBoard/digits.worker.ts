import { loadDigits } from '../../../src/lib/digits/loadDigits.ts';
import { exposeTrainingAfter } from '../kit/training/deferredHost.ts';
import { createDigitsEngine } from './engine.ts';

// The digits download here, when the reader first presses Play or Step (the board's connection
// is lazy), so the page never fetches them on load and the main thread never parses them.
exposeTrainingAfter(() => loadDigits(import.meta.env.BASE_URL), createDigitsEngine);
