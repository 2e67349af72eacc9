import { deadUnits, trainMlp, warmupCosine } from '@descent/optim';
import { playgroundSchema, type PlaygroundState } from '../../components/widgets/Playground/state.ts';
import {
  buildData,
  buildSchedule,
  buildTransform,
  configFromState,
  evalEvery,
  parameterCount,
} from '../../components/widgets/Playground/model.ts';
import { createEngine } from '../../components/widgets/Playground/engine.ts';
import { sig } from '../../src/lib/typeset/texNumber.ts';

const pct = (x: number) => Math.round(1000 * x) / 10;

/** Final metrics of every configuration of a playground setup, run to its end exactly as the widget runs it. */
export function playgroundRun(patch: Partial<PlaygroundState>) {
  const state = { ...playgroundSchema.parse({}), ...patch } as PlaygroundState;
  const config = configFromState(state);
  const frame = createEngine(config).advance(config.steps);
  return frame.runs.map((r) => {
    const last = r.points[r.points.length - 1];
    return {
      label: r.label,
      divergedAt: r.divergedAt,
      lastStep: last.step,
      trainAcc: pct(last.trainAccuracy),
      testAcc: pct(last.testAccuracy),
      trainLoss: sig(last.trainLoss),
      testLoss: sig(last.testLoss),
    };
  });
}

/** The final parameters of configuration A of a setup (the same run as the widget's), and its data. */
export function finalTheta(patch: Partial<PlaygroundState>) {
  const state = { ...playgroundSchema.parse({}), ...patch } as PlaygroundState;
  const config = configFromState(state);
  const { train, test, net } = buildData(config);
  const { schedule } = buildSchedule(config.slots[0], config.steps);
  const r = trainMlp({
    net,
    transform: buildTransform(config.slots[0], schedule),
    schedule,
    train,
    test,
    batchSize: config.batch,
    seed: config.seed,
    theta0: net.init(config.seed),
    evalEvery: evalEvery(config.steps),
    steps: config.steps,
  });
  return { net, train, theta: r.theta };
}

/**
 * Every number the capstone lesson quotes, computed by @descent/optim when the page is built,
 * through the playground widget's own model (so the reader reproduces them by opening the
 * widget with the same settings).
 */
export function capstoneWorkedExample() {
  const defaults = playgroundSchema.parse({});
  const base = playgroundRun({ runs: 4 });
  const adamTuned = playgroundRun({ runs: 2, lr2: 0.03 })[1];
  const lookaheadAdam = playgroundRun({ runs: 2, la2: true })[1];
  const diverging = playgroundRun({ runs: 1, activation: 'linear', lr1: 1 })[0];
  const deadRelu = playgroundRun({ runs: 1, activation: 'relu', lr1: 1 })[0];
  const reluPair = playgroundRun({ runs: 2, activation: 'relu' });
  const dead = finalTheta({ runs: 1, activation: 'relu', lr1: 1 });
  const deadUnitCount = deadUnits(dead.net, dead.theta, dead.train.X);
  const deadPredictions = new Set(
    Array.from(dead.net.predict(dead.theta, dead.train.X), (p) => (p >= 0.5 ? 1 : 0)),
  ).size;
  const recipe = warmupCosine({ lr: defaults.lr4, warmupSteps: defaults.warm4, totalSteps: defaults.steps });
  return {
    steps: defaults.steps,
    batch: defaults.batch,
    n: defaults.n,
    trainPct: defaults.trainPct,
    noise: defaults.noise,
    units: defaults.units,
    layers: defaults.layers,
    params: parameterCount(configFromState(defaults).sizes),
    playgroundParams: parameterCount([2, 4, 2, 1]),
    base,
    adamTuned,
    lookaheadAdam,
    diverging,
    deadRelu,
    deadUnits: deadUnitCount,
    deadPredictions,
    reluPair,
    warm: defaults.warm4,
    recipe: {
      half: sig(recipe(defaults.warm4 / 2)),
      peak: sig(recipe(defaults.warm4)),
      middle: sig(recipe((defaults.warm4 + defaults.steps) / 2)),
      end: sig(recipe(defaults.steps)),
    },
  };
}
