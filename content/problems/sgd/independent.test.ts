// Independent answer tests for lesson 1's problems (issue 19): every key and listed mistake is
// recomputed here by hand from the variant's params, never through the problem's own functions
// or the package routine it calls. sgd-noise-floor has its own file (the example in src/lib/problems/README.md).
import { independentAnswerTests } from '../../../src/lib/problems/independentTests.ts';
import leastSquaresStep from './sgd-least-squares-step.ts';
import linearScaling from './sgd-linear-scaling.ts';
import meanVariance from './sgd-mean-variance-expression.ts';
import minibatchVariance from './sgd-minibatch-variance.ts';
import robbinsMonro from './sgd-robbins-monro.ts';
import unbiased from './sgd-unbiased-gradient.ts';

// θ₁ = θ₀ − η (xᵀθ₀ − y) x, written out coordinate by coordinate.
const residual = ({ theta0, x, y }: { theta0: number[]; x: number[]; y: number }) =>
  x[0] * theta0[0] + x[1] * theta0[1] - y;
independentAnswerTests(leastSquaresStep, {
  key: (p) => [p.theta0[0] - p.lr * residual(p) * p.x[0], p.theta0[1] - p.lr * residual(p) * p.x[1]],
  mistakes: [
    (p) => [p.theta0[0] + p.lr * residual(p) * p.x[0], p.theta0[1] + p.lr * residual(p) * p.x[1]],
    (p) => [p.theta0[0] - residual(p) * p.x[0], p.theta0[1] - residual(p) * p.x[1]],
    (p) => [p.theta0[0] - p.lr * residual(p), p.theta0[1] - p.lr * residual(p)],
  ],
  // "A full gradient step" reads as full-batch GD; the slip is a step of size 1.
  mistakeFeedback: [/up\* the gradient/, /step of size 1/, /residual times \$x_i\$/],
});

independentAnswerTests(linearScaling, {
  key: ({ lr0, k }) => k * lr0,
  mistakes: [({ lr0, k }) => lr0 * k ** 0.5, ({ lr0, k }) => lr0 / k],
});

independentAnswerTests(minibatchVariance, {
  key: ({ b1, b2 }) => 1 / b1 / (1 / b2),
  mistakes: [({ b1, b2 }) => (b2 / b1) ** 0.5, ({ b1, b2 }) => b1 / b2],
});

independentAnswerTests(meanVariance, {
  key: () => (v) => (v.sigma * v.sigma) / v.b,
  mistakes: [
    () => (v) => v.sigma / v.b ** 0.5,
    () => (v) => (v.sigma / v.b) ** 2,
    () => (v) => v.sigma / v.b,
  ],
});

independentAnswerTests(robbinsMonro, { key: () => ['inv-t', 'power', 'shifted'] });

independentAnswerTests(unbiased, {
  key: () => ['full'],
  optionFeedback: {
    sum: /sum\* of the per-example gradients: you dropped the probability \$1\/n\$/,
    'over-n': /second time/,
  },
});
