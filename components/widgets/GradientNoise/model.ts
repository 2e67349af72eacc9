import {
  gradientNoise,
  miniBatchGradient,
  miniBatchVariance,
  quadratic,
  rng,
  sampleIndices,
  type Rng,
} from '@descent/optim';
import type { Point } from '../kit/index.ts';
import { lessonProblem } from '../lessons/sgd/lessonProblem.ts';
import type { GradientNoiseState } from './state.ts';

export interface Ellipse {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
  /** degrees, of the rx axis from the θ₁ axis */ angle: number;
}

export interface NoiseCloud {
  /** ∇f(θ), the centre the cloud should scatter around. */
  grad: Point;
  /** σ²(θ) = E‖∇f_i(θ) − ∇f(θ)‖² for a single example. */
  sigma2: number;
  /** The mini-batch gradients g_B, one per draw. */
  samples: Point[];
  /** Their average (→ ∇f as draws grow: unbiasedness). */
  sampleMean: Point;
  /** (1/draws) Σ ‖g_B − ∇f‖²: the measured variance. */
  measured: number;
  /** E‖g_B − ∇f‖² exactly: σ²/b, times (n−b)/(n−1) without replacement. */
  predicted: number;
  /** The region where g_B falls with probability ≈ 86% for Gaussian noise (2 standard deviations). */
  ellipse: Ellipse;
  /** Half-width of the plot window: 3 single-example standard deviations, so b = 1 fills it. */
  halfWidth: number;
}

function drawBatches(
  random: Rng,
  theta: Float64Array,
  b: number,
  draws: number,
  replacement: boolean,
): Point[] {
  const { problem, n } = lessonProblem();
  const out: Point[] = [];
  for (let k = 0; k < draws; k++) {
    const g = miniBatchGradient(problem, sampleIndices(random, n, b, replacement), theta);
    out.push([g[0], g[1]]);
  }
  return out;
}

function meanSquaredDeviation(samples: readonly Point[], centre: Point): number {
  let s = 0;
  for (const [a, c] of samples) s += (a - centre[0]) ** 2 + (c - centre[1]) ** 2;
  return s / samples.length;
}

/**
 * noiseCloud(state) draws `draws` mini-batches of size b at θ = (px, py) from rng(seed) and
 * compares their scatter with the exact prediction from optim's gradientNoise/miniBatchVariance.
 */
export function noiseCloud(state: GradientNoiseState): NoiseCloud {
  const { problem, n } = lessonProblem();
  const theta = Float64Array.from([state.px, state.py]);
  const noise = gradientNoise(problem, theta);
  const grad: Point = [noise.grad[0], noise.grad[1]];
  const samples = drawBatches(rng(state.seed), theta, state.batch, state.draws, state.replacement);
  const sampleMean: Point = [
    samples.reduce((s, p) => s + p[0], 0) / samples.length,
    samples.reduce((s, p) => s + p[1], 0) / samples.length,
  ];
  // The covariance of g_B is Σ times the same factor as its trace: 1/b, or (n−b)/(b(n−1)).
  const factor = miniBatchVariance({ sigma2: 1, n, b: state.batch, replacement: state.replacement });
  const cov = quadratic({ A: noise.covariance.map((c) => c * factor) });
  const [small, large] = cov.eigenvalues;
  const v = cov.eigenvectors[1];
  const single = quadratic({ A: noise.covariance });
  return {
    grad,
    sigma2: noise.sigma2,
    samples,
    sampleMean,
    measured: meanSquaredDeviation(samples, grad),
    predicted: miniBatchVariance({ sigma2: noise.sigma2, n, b: state.batch, replacement: state.replacement }),
    ellipse: {
      cx: grad[0],
      cy: grad[1],
      rx: 2 * Math.sqrt(Math.max(0, large)),
      ry: 2 * Math.sqrt(Math.max(0, small)),
      angle: (Math.atan2(v[1], v[0]) * 180) / Math.PI,
    },
    halfWidth: 3 * Math.sqrt(Math.max(single.L, 1e-12)),
  };
}

/** The batch sizes of the variance-vs-b chart (1 up to n). */
export function batchGrid(n: number): number[] {
  return [1, 2, 3, 5, 8, 13, 20, 30, n].filter((b, i, a) => b <= n && a.indexOf(b) === i);
}

export interface VariancePoint {
  b: number;
  measured: number;
  predicted: number;
}

/** varianceByBatch(state) → measured and predicted E‖g_B − ∇f‖² for every b in batchGrid (independent of state.batch). */
export function varianceByBatch(state: Omit<GradientNoiseState, 'batch'>): VariancePoint[] {
  const { problem, n } = lessonProblem();
  const theta = Float64Array.from([state.px, state.py]);
  const noise = gradientNoise(problem, theta);
  const grad: Point = [noise.grad[0], noise.grad[1]];
  const random = rng(state.seed);
  return batchGrid(n).map((b) => ({
    b,
    measured: meanSquaredDeviation(drawBatches(random, theta, b, state.draws, state.replacement), grad),
    predicted: miniBatchVariance({ sigma2: noise.sigma2, n, b, replacement: state.replacement }),
  }));
}
