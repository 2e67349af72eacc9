import { exposeWorker } from '../kit/worker/exposeWorker.ts';
import { raceForChart } from './raceForChart.ts';

// Thinned here, off the main thread: the page receives and draws only what the chart can show.
exposeWorker(raceForChart);
