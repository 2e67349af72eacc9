import type { Vec } from '../types.ts';
import type { Dataset } from './dataset2d.ts';
import { integer, positive } from '../internal/validate.ts';

/** The TensorFlow Playground's input features (its ids: x, y, xSquared, ySquared, xTimesY, sinX, sinY). */
export type InputFeature = 'x1' | 'x2' | 'x1Squared' | 'x2Squared' | 'x1x2' | 'sinX1' | 'sinX2';

/** The features in the Playground's order, with a plain label and a KaTeX one. */
export const INPUT_FEATURES: readonly { id: InputFeature; label: string; tex: string }[] = [
  { id: 'x1', label: 'x₁', tex: 'x_1' },
  { id: 'x2', label: 'x₂', tex: 'x_2' },
  { id: 'x1Squared', label: 'x₁²', tex: 'x_1^2' },
  { id: 'x2Squared', label: 'x₂²', tex: 'x_2^2' },
  { id: 'x1x2', label: 'x₁x₂', tex: 'x_1 x_2' },
  { id: 'sinX1', label: 'sin x₁', tex: '\\sin x_1' },
  { id: 'sinX2', label: 'sin x₂', tex: '\\sin x_2' },
];

export interface FeatureMapOptions {
  /** Which features feed the network (any order; columns come in the Playground's order). */
  features: readonly InputFeature[];
  /** The features are functions of u = scale · x. Default 6: our data sets span [−1, 1]², the
   *  Playground's [−6, 6]², so with 6 every feature takes the Playground's values (sin u₁ has its
   *  ≈ 2 periods across the plane, u₁² reaches 36). */
  scale?: number;
}

export interface FeatureMap {
  /** The chosen features, in column order. */
  readonly features: readonly InputFeature[];
  /** Number of columns: the network's input width. */
  readonly dim: number;
  readonly scale: number;
  /** The features of the first n points of X (n × 2, row-major): a new n × dim array. */
  apply(X: Vec, n?: number): Float64Array;
  /** Same, written into out (n × dim). */
  applyInto(X: Vec, out: Vec, n?: number): Vec;
  /** The data set with its inputs mapped (labels shared, not copied). */
  dataset(data: Dataset): Dataset;
}

/**
 * A pure map from points (x₁, x₂) of the plane to the network's inputs, the TensorFlow
 * Playground's feature columns: with u = scale·x, the features u₁, u₂, u₁², u₂², u₁u₂, sin u₁,
 * sin u₂ (playground.ts, INPUTS). Choosing x₁, x₂ alone at scale 1 is the identity.
 */
export function featureMap({ features, scale = 6 }: FeatureMapOptions): FeatureMap {
  const fn = 'featureMap';
  positive(fn, 'scale', scale);
  if (!Array.isArray(features) || features.length === 0)
    throw new RangeError(
      `${fn}: features must list at least one of ${INPUT_FEATURES.map((f) => f.id).join(', ')}`,
    );
  for (const f of features)
    if (!INPUT_FEATURES.some((g) => g.id === f))
      throw new RangeError(
        `${fn}: unknown feature ${JSON.stringify(f)}; known: ${INPUT_FEATURES.map((g) => g.id).join(', ')}`,
      );
  if (new Set(features).size !== features.length) throw new RangeError(`${fn}: features must not repeat`);
  const chosen = INPUT_FEATURES.map((f) => f.id).filter((id) => features.includes(id));
  const on = (id: InputFeature) => chosen.includes(id);
  const [f1, f2, f11, f22, f12, s1, s2] = INPUT_FEATURES.map((f) => on(f.id));
  const dim = chosen.length;

  const applyInto = (X: Vec, out: Vec, nRows?: number): Vec => {
    const n = nRows ?? X.length / 2;
    integer(fn, 'n', n, 0);
    if (!(X instanceof Float64Array) || X.length < 2 * n)
      throw new RangeError(`${fn}: X must hold n × 2 values`);
    if (!(out instanceof Float64Array) || out.length < n * dim)
      throw new RangeError(`${fn}: out must hold n × ${dim} values`);
    for (let i = 0, o = 0; i < n; i++) {
      const u = scale * X[2 * i];
      const v = scale * X[2 * i + 1];
      if (f1) out[o++] = u;
      if (f2) out[o++] = v;
      if (f11) out[o++] = u * u;
      if (f22) out[o++] = v * v;
      if (f12) out[o++] = u * v;
      if (s1) out[o++] = Math.sin(u);
      if (s2) out[o++] = Math.sin(v);
    }
    return out;
  };

  return {
    features: chosen,
    dim,
    scale,
    apply(X, nRows) {
      const n = nRows ?? X.length / 2;
      return applyInto(X, new Float64Array(Math.max(0, n) * dim), n) as Float64Array;
    },
    applyInto,
    dataset(data) {
      return { X: applyInto(data.X, new Float64Array(data.n * dim), data.n), y: data.y, n: data.n };
    },
  };
}
