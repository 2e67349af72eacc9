// The playground's model: URL state → a plain, structured-cloneable setup → data, network and grid
// from @descent/optim. Optimizers and schedules come from the kit's training configurations
// (kit/training), which build them from specs. Pure; the worker and the tests use it.
import {
  dataset2d,
  featureMap,
  INPUT_FEATURES,
  type InputFeature,
  mlp,
  regression2d,
  splitDataset,
  type Dataset,
  type Dataset2dKind,
  type Mlp,
  type Regression2dKind,
} from '@descent/optim';
import { mlpNetworkLayout } from '../kit/training/networkLayout.ts';
import type { TrainingConfig } from '../kit/training/TrainingConfig.ts';
import {
  MAX_LAYERS,
  MAX_UNITS,
  layerWidthKey,
  type ACTIVATIONS,
  type PROBLEMS,
  type PlaygroundState,
} from './state.ts';

export type Problem = (typeof PROBLEMS)[number];

export interface PlaygroundConfig {
  /** Classification: logistic loss, labels 0/1. Regression: squared loss, real labels. */
  problem: Problem;
  /** The data set of that problem type. */
  dataset: Dataset2dKind | Regression2dKind;
  noise: number;
  n: number;
  trainPct: number;
  /** The network's input features, in the Playground's column order (never empty). */
  features: InputFeature[];
  sizes: number[];
  activation: (typeof ACTIVATIONS)[number];
  /** λ₁ and λ₂ of the weight penalty (at most one is non-zero). */
  l1: number;
  l2: number;
  batch: number;
  steps: number;
  seed: number;
  /** The configurations trained (the first `runs` of the state's). */
  configs: TrainingConfig[];
}

/**
 * The features ticked in the state; with none ticked, x₁ and x₂ (a network needs an input, and a
 * hand-edited link must not crash the widget).
 */
export function selectedFeatures(state: PlaygroundState): InputFeature[] {
  const on = INPUT_FEATURES.map((f) => f.id).filter((id) => state[id]);
  return on.length > 0 ? on : ['x1', 'x2'];
}

/**
 * The state with feature `id` turned on or off, as its unit on the network diagram toggles it;
 * null when it is the only feature on (the network needs an input: the diagram says so).
 */
export function featurePatch(state: PlaygroundState, id: InputFeature): Partial<PlaygroundState> | null {
  const on = INPUT_FEATURES.filter((f) => state[f.id]).map((f) => f.id);
  if (state[id] && on.length === 1) return null;
  return { [id]: !state[id] };
}

/**
 * Features of u = x (scale 1): x₁, x₂ alone is then the identity, so links made before features
 * existed train exactly the same network; the squares and sines still bend the plane
 * (our data lie in [−1, 1]², not the Playground's [−6, 6]²).
 */
export const FEATURE_SCALE = 1;

/** The hidden layers' widths: layer k's own width when the diagram set one, else `units`. */
export function hiddenWidths(state: PlaygroundState): number[] {
  return Array.from({ length: state.layers }, (_, k) => state[layerWidthKey(k + 1)] || state.units);
}

/**
 * The common width of the hidden layers, or null when the diagram's +/− made them differ (or
 * there are none). The "units per hidden layer" slider shows this value; "mixed" otherwise.
 */
export function uniformWidth(state: PlaygroundState): number | null {
  const widths = hiddenWidths(state);
  if (widths.length === 0) return null;
  return widths.every((w) => w === widths[0]) ? widths[0] : null;
}

/**
 * The state with `layers` hidden layers, as the "hidden layers" slider and the diagram's
 * "± layer" set it: the layers that stay keep their widths (uniform or set on the diagram); a new
 * layer is as wide as the last one before it (the Playground's habit), a removed layer forgets its
 * width (adding it back gives the new last width, not a stale one). Out of 0 … MAX_LAYERS: null.
 */
export function layersPatch(state: PlaygroundState, layers: number): Partial<PlaygroundState> | null {
  if (!Number.isInteger(layers) || layers < 0 || layers > MAX_LAYERS) return null;
  const widths = hiddenWidths(state);
  const uniform = uniformWidth(state);
  // Uniform (or no) layers stay uniform through `units`; mixed ones get the last width written out.
  const patch: Partial<PlaygroundState> = { layers, units: uniform ?? state.units };
  const last = widths[widths.length - 1];
  for (let k = 1; k <= MAX_LAYERS; k++) {
    const key = layerWidthKey(k);
    if (k > layers) patch[key] = 0;
    else if (k > widths.length) patch[key] = uniform === null && last !== undefined ? last : 0;
  }
  return patch;
}

/**
 * The state after a +/− on the network diagram: a unit more or fewer in hidden layer k (1-based),
 * or a hidden layer more (as wide as the last) or fewer (the last). Within 1 … MAX_UNITS units and
 * 0 … MAX_LAYERS layers; a change out of range returns no patch.
 */
export function resizePatch(
  state: PlaygroundState,
  change: { layer: number; units: 1 | -1 } | { layers: 1 | -1 },
): Partial<PlaygroundState> | null {
  if ('layers' in change) return layersPatch(state, state.layers + change.layers);
  const widths = hiddenWidths(state);
  const k = change.layer;
  if (k < 1 || k > state.layers) return null;
  const units = widths[k - 1] + change.units;
  if (units < 1 || units > MAX_UNITS) return null;
  return { [layerWidthKey(k)]: units };
}

/**
 * The "units per hidden layer" slider sets every hidden layer to one width, clearing the
 * diagram's own widths. When the layers differ the slider says "mixed" and sits at the widest
 * layer: moving it makes them uniform again — a deliberate act on that slider, never a side
 * effect of another control (layersPatch keeps the widths).
 */
export function uniformUnitsPatch(units: number): Partial<PlaygroundState> {
  const patch: Partial<PlaygroundState> = { units };
  for (let k = 1; k <= MAX_LAYERS; k++) patch[layerWidthKey(k)] = 0;
  return patch;
}

export function configFromState(state: PlaygroundState): PlaygroundConfig {
  const hidden = hiddenWidths(state);
  const features = selectedFeatures(state);
  return {
    features,
    problem: state.problem,
    dataset: state.problem === 'regression' ? state.regDataset : state.dataset,
    noise: state.noise,
    n: state.n,
    trainPct: state.trainPct,
    sizes: [features.length, ...hidden, 1],
    activation: state.activation,
    l1: state.regularization === 'l1' ? state.lambda : 0,
    l2: state.regularization === 'l2' ? state.lambda : 0,
    batch: state.batch,
    steps: state.steps,
    seed: state.seed,
    configs: state.configs.slice(0, state.runs),
  };
}

export interface PlaygroundData {
  /** The split in network inputs (the selected features of each point). */
  train: Dataset;
  test: Dataset;
  net: Mlp;
  /** Maps points of the plane (n × 2) to network inputs (n × features). */
  toInputs: (X: Float64Array, n?: number) => Float64Array;
}

/** The settings the data set depends on (nothing else changes the points). */
export type DatasetConfig = Pick<
  PlaygroundConfig,
  'problem' | 'dataset' | 'noise' | 'n' | 'trainPct' | 'seed'
>;

/** The data set and its train/test split (all the main thread needs to draw the points). */
export function buildDataset(config: DatasetConfig): { train: Dataset; test: Dataset } {
  const { n, noise, seed } = config;
  const data =
    config.problem === 'regression'
      ? regression2d({ kind: config.dataset as Regression2dKind, n, noise, seed })
      : dataset2d({ kind: config.dataset as Dataset2dKind, n, noise, seed });
  return splitDataset(data, config.trainPct / 100);
}

/** The loss that matches the problem: logistic for two classes, squared for a real label (as the Playground). */
export const lossOf = (problem: Problem) => (problem === 'regression' ? 'squared' : 'logistic');

/** The data set, its split and the network every configuration shares. */
export function buildData(config: PlaygroundConfig): PlaygroundData {
  const net = mlp({
    sizes: config.sizes,
    activation: config.activation,
    loss: lossOf(config.problem),
    seed: config.seed,
    l1: config.l1,
    l2: config.l2,
  });
  const map = featureMap({ features: config.features, scale: FEATURE_SCALE });
  const { train, test } = buildDataset(config);
  return {
    train: map.dataset(train),
    test: map.dataset(test),
    net,
    toInputs: (X, n) => map.apply(X, n),
  };
}

/** The network's blocks with its hidden weight matrices marked (where Muon and Shampoo act). */
export const networkLayout = mlpNetworkLayout;

/** Updates between two recorded points: about 300 points per run. */
export function evalEvery(T: number): number {
  return Math.max(1, Math.round(T / 300));
}

/** The square the boundary is drawn on (data lie in [−1, 1]² before noise). */
export const DOMAIN = 1.5;

/** Cell centres of a res × res grid over [−DOMAIN, DOMAIN]², row 0 at the top (largest x₂). */
export function gridInputs(res: number): Float64Array {
  const X = new Float64Array(2 * res * res);
  for (let r = 0; r < res; r++) {
    for (let c = 0; c < res; c++) {
      const i = r * res + c;
      X[2 * i] = -DOMAIN + ((c + 0.5) * 2 * DOMAIN) / res;
      X[2 * i + 1] = DOMAIN - ((r + 0.5) * 2 * DOMAIN) / res;
    }
  }
  return X;
}

/** Total number of parameters of a network with these widths. */
export function parameterCount(sizes: readonly number[]): number {
  let total = 0;
  for (let l = 0; l + 1 < sizes.length; l++) total += sizes[l] * sizes[l + 1] + sizes[l + 1];
  return total;
}
