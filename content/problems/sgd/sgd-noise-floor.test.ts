import { independentAnswerTests } from '../../../src/lib/problems/independentTests.ts';
import problem from './sgd-noise-floor.ts';

// By hand: the floor of Bottou–Curtis–Nocedal's Theorem 4.6 is ηLσ²/(2μ) (their ᾱLM/(2cμ) with
// M = σ², c = μ and their μ = 1), written here without the package's sgdNoiseFloor.
independentAnswerTests(problem, {
  key: ({ L, mu, sigma2, lr }) => (lr * L * sigma2) / 2 / mu,
  mistakes: [
    ({ L, mu, sigma2, lr }) => 2 * ((lr * L * sigma2) / 2 / mu), // the 2 dropped
    ({ mu, sigma2, lr }) => (lr * sigma2) / 2 / mu, // L dropped
    ({ L, mu, sigma2, lr }) => (lr * L * sigma2 ** 0.5) / 2 / mu, // σ instead of σ²
  ],
});
