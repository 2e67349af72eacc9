// Runs every configuration of a playground setup side by side, in chunks, and produces frames
// (new history points, the decision boundary on a grid, divergence). Used by the worker, and
// on the main thread where Workers are unavailable (kit/training/connectTraining.ts).
import { mlpTrainer, type MlpTrainer, type TrainPoint } from '@descent/optim';
import { advanceInChunks } from '../kit/training/advanceInChunks.ts';
import type { TrainingEngine } from '../kit/training/trainingHost.ts';
import { configLabel, learningRateOf, transformOf } from '../kit/training/trainingConfigSpecs.ts';
import { DIAGRAM_GRID, GRID, type Frame } from './frame.ts';
import { buildData, evalEvery, gridInputs, networkLayout, type PlaygroundConfig } from './model.ts';

export { DIAGRAM_GRID, GRID, type BoundaryRunFrame, type Frame } from './frame.ts';

interface Run {
  label: string;
  trainer: MlpTrainer;
  observe?: (metric: number) => void;
  grid: Float32Array;
  theta: Float32Array;
  units: Float32Array;
}

export function createEngine(config: PlaygroundConfig): TrainingEngine<Frame> {
  const { train, test, net, toInputs } = buildData(config);
  const every = evalEvery(config.steps);
  const theta0 = net.init(config.seed);
  // The boards are drawn over the plane; the network sees the plane's features.
  const gridX = toInputs(gridInputs(GRID));
  const out = new Float64Array(GRID * GRID);
  const cells = DIAGRAM_GRID * DIAGRAM_GRID;
  const diagramX = toInputs(gridInputs(DIAGRAM_GRID));
  const unitCount = config.sizes.reduce((a, b) => a + b, 0);
  let unitScratch: Float64Array[] | undefined;
  const layout = networkLayout(net);
  const runs: Run[] = config.configs.map((c) => {
    const rate = learningRateOf(c, config.steps);
    const trainer = mlpTrainer({
      net,
      transform: transformOf(c, rate.schedule, layout),
      schedule: rate.schedule,
      train,
      test,
      batchSize: config.batch,
      seed: config.seed,
      theta0,
      evalEvery: every,
    });
    return {
      label: configLabel(c),
      trainer,
      observe: rate.observe,
      grid: new Float32Array(GRID * GRID),
      theta: new Float32Array(net.size),
      units: new Float32Array(unitCount * cells),
    };
  });
  let step = 0;
  const boundary = (run: Run) => {
    if (run.trainer.divergedAt !== null) return;
    const theta = run.trainer.theta();
    net.predictInto(theta, gridX, out, GRID * GRID);
    for (let i = 0; i < out.length; i++) run.grid[i] = out[i];
    // the diagram: θ and every unit over the coarse grid (a few hundred rows: well under a millisecond)
    run.theta.set(theta);
    unitScratch = net.unitOutputs(theta, diagramX, cells, unitScratch);
    let o = 0;
    for (const layer of unitScratch) {
      run.units.set(layer.subarray(0, layer.length), o);
      o += layer.length;
    }
  };
  const pending: TrainPoint[][] = runs.map((r) => r.trainer.run(0));
  runs.forEach(boundary);
  return {
    steps: config.steps,
    get done() {
      return step >= config.steps;
    },
    advance(updates: number) {
      const target = Math.min(config.steps, step + Math.max(0, Math.floor(updates)));
      const fresh = runs.map((_, i) => pending[i].splice(0));
      step = advanceInChunks(runs, step, target, every, fresh);
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
          theta: run.theta.slice(),
          units: run.units.slice(),
        })),
      };
    },
  };
}
