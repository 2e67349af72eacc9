// Runs every configuration of a playground setup side by side, in chunks, and produces frames
// (new history points, the decision boundary on a grid, divergence). Used by the worker, and
// on the main thread where Workers are unavailable.
import { mlpTrainer, type MlpTrainer, type TrainPoint } from '@descent/optim';
import {
  buildData,
  buildSchedule,
  buildTransform,
  evalEvery,
  gridInputs,
  slotLabel,
  type PlaygroundConfig,
} from './model.ts';

export const GRID = 40;

export interface RunFrame {
  label: string;
  /** History points recorded since the previous frame. */
  points: TrainPoint[];
  divergedAt: number | null;
  /** P(class 1) on the GRID × GRID cells, row-major from the top; the last finite boundary after divergence. */
  grid: Float32Array;
}

export interface Frame {
  step: number;
  steps: number;
  done: boolean;
  runs: RunFrame[];
}

interface Run {
  label: string;
  trainer: MlpTrainer;
  observe?: (metric: number) => void;
  grid: Float32Array;
}

export interface Engine {
  readonly step: number;
  readonly done: boolean;
  /** Advances every run by up to `updates` updates (never past T) and returns the frame. */
  advance(updates: number): Frame;
}

export function createEngine(config: PlaygroundConfig): Engine {
  const { train, test, net } = buildData(config);
  const every = evalEvery(config.steps);
  const theta0 = net.init(config.seed);
  const gridX = gridInputs(GRID);
  const out = new Float64Array(GRID * GRID);
  const runs: Run[] = config.slots.map((slot) => {
    const built = buildSchedule(slot, config.steps);
    const trainer = mlpTrainer({
      net,
      transform: buildTransform(slot, built.schedule),
      schedule: built.schedule,
      train,
      test,
      batchSize: config.batch,
      seed: config.seed,
      theta0,
      evalEvery: every,
    });
    return { label: slotLabel(slot), trainer, observe: built.observe, grid: new Float32Array(GRID * GRID) };
  });
  let step = 0;
  const boundary = (run: Run) => {
    if (run.trainer.divergedAt !== null) return;
    net.predictInto(run.trainer.theta(), gridX, out, GRID * GRID);
    for (let i = 0; i < out.length; i++) run.grid[i] = out[i];
  };
  const pending: TrainPoint[][] = runs.map((r) => r.trainer.run(0));
  runs.forEach(boundary);
  return {
    get step() {
      return step;
    },
    get done() {
      return step >= config.steps;
    },
    advance(updates: number) {
      const target = Math.min(config.steps, step + Math.max(0, Math.floor(updates)));
      const fresh = runs.map((_, i) => pending[i].splice(0));
      while (step < target) {
        // chunks end on evaluation points, where the plateau controller observes the loss
        const chunk = Math.min(target, (Math.floor(step / every) + 1) * every) - step;
        runs.forEach((run, i) => {
          if (run.trainer.divergedAt !== null) return;
          const pts = run.trainer.run(chunk);
          fresh[i].push(...pts);
          const last = pts[pts.length - 1];
          if (run.observe && last && last.step % every === 0) run.observe(last.trainLoss);
        });
        step += chunk;
      }
      runs.forEach(boundary);
      return {
        step,
        steps: config.steps,
        done: step >= config.steps,
        runs: runs.map((run, i) => ({
          label: run.label,
          points: fresh[i],
          divergedAt: run.trainer.divergedAt,
          grid: run.grid.slice(),
        })),
      };
    },
  };
}
