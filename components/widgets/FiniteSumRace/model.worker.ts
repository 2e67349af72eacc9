import { exposeWorker } from '../kit/worker/exposeWorker.ts';
import { raceModel } from './model.ts';
import type { RaceState } from './state.ts';

exposeWorker((state: RaceState) => raceModel(state));
