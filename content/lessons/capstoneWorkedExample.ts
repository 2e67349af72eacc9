import { deadUnits, trainMlp, warmupCosine } from '@descent/optim';
import { withSlot } from '../../src/lib/urlState/index.ts';
import { playgroundSchema, type PlaygroundState } from '../../components/widgets/Playground/state.ts';
import {
  buildData,
  configFromState,
  evalEvery,
  parameterCount,
} from '../../components/widgets/Playground/model.ts';
import { createEngine } from '../../components/widgets/Playground/engine.ts';
import { learningRateOf, transformOf } from '../../components/widgets/kit/training/trainingConfigSpecs.ts';
import type { TrainingConfig } from '../../components/widgets/kit/training/TrainingConfig.ts';
import { sig } from '../../src/lib/typeset/texNumber.ts';

const pct = (x: number) => Math.round(1000 * x) / 10;

const defaults = playgroundSchema.parse({});

/** A playground setup: the defaults with `patch`, and configuration i changed by `configs[i]`. */
function setup(
  patch: Partial<Omit<PlaygroundState, 'configs'>>,
  configs: Partial<TrainingConfig>[] = [],
): PlaygroundState {
  return {
    ...defaults,
    ...patch,
    configs: configs.reduce((list, c, i) => withSlot(list, i, c), defaults.configs),
  };
}

/** Final metrics of every configuration of a playground setup, run to its end exactly as the widget runs it. */
export function playgroundRun(
  patch: Partial<Omit<PlaygroundState, 'configs'>>,
  configs: Partial<TrainingConfig>[] = [],
) {
  const state = setup(patch, configs);
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
export function finalTheta(
  patch: Partial<Omit<PlaygroundState, 'configs'>>,
  configs: Partial<TrainingConfig>[] = [],
) {
  const config = configFromState(setup(patch, configs));
  const { train, test, net } = buildData(config);
  const { schedule } = learningRateOf(config.configs[0], config.steps);
  const r = trainMlp({
    net,
    transform: transformOf(config.configs[0], schedule),
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
  const base = playgroundRun({ runs: 4 });
  const adamTuned = playgroundRun({ runs: 2 }, [{}, { lr: 0.03 }])[1];
  const lookaheadAdam = playgroundRun({ runs: 2 }, [{}, { lookahead: true }])[1];
  const diverging = playgroundRun({ runs: 1, activation: 'linear' }, [{ lr: 1 }])[0];
  const deadRelu = playgroundRun({ runs: 1, activation: 'relu' }, [{ lr: 1 }])[0];
  const reluPair = playgroundRun({ runs: 2, activation: 'relu' });
  const dead = finalTheta({ runs: 1, activation: 'relu' }, [{ lr: 1 }]);
  const deadUnitCount = deadUnits(dead.net, dead.theta, dead.train.X);
  const deadPredictions = new Set(
    Array.from(dead.net.predict(dead.theta, dead.train.X), (p) => (p >= 0.5 ? 1 : 0)),
  ).size;
  const d = defaults.configs[3];
  const recipe = warmupCosine({ lr: d.lr, warmupSteps: d.warm, totalSteps: defaults.steps });
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
    warm: d.warm,
    /** The plateau schedule observes the training loss at every evaluation, every this many updates. */
    evalEvery: evalEvery(defaults.steps),
    recipe: {
      half: sig(recipe(d.warm / 2)),
      peak: sig(recipe(d.warm)),
      middle: sig(recipe((d.warm + defaults.steps) / 2)),
      end: sig(recipe(defaults.steps)),
    },
  };
}
