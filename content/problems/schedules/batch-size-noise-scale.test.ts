import { expect, it } from 'vitest';
import { independentAnswerTests } from '../../../src/lib/problems/independentTests.ts';
import problem from './batch-size-noise-scale.ts';

type P = ReturnType<typeof problem.paramsOf>;
/** By bisection on η(n/b − 1) = (η/f)(n/b₀ − 1), not the closed form the problem uses. */
function solve(p: P): number {
  const target = (p.lr / p.factor) * (p.n / p.b0 - 1);
  let lo = p.b0,
    hi = p.n;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (p.lr * (p.n / mid - 1) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

independentAnswerTests(problem, {
  key: solve,
  mistakes: [(p) => p.b0 * p.factor, (p) => p.b0 / p.factor, (p) => p.b0 * Math.sqrt(p.factor)],
  mistakeFeedback: [/approximation/, /Wrong direction/, /linear in/],
});

it('batch-size-noise-scale: the key satisfies the defining equation', () => {
  for (let seed = 0; seed < 50; seed++) {
    const p = problem.paramsOf(seed);
    const inst = problem.instantiate(seed);
    const b = inst.answer.kind === 'number' ? inst.answer.value : NaN;
    expect(Math.abs(p.lr * (p.n / b - 1) - (p.lr / p.factor) * (p.n / p.b0 - 1))).toBeLessThan(1e-9);
  }
});

it('batch-size-noise-scale: the feedback states the share of n and the overshoot, recomputed by hand', () => {
  for (let seed = 0; seed < 50; seed++) {
    const p = problem.paramsOf(seed);
    const inst = problem.instantiate(seed);
    const exact = solve(p);
    const share = Number(((100 * p.b0 * p.factor) / p.n).toPrecision(2));
    const over = Number(((100 * (p.b0 * p.factor - exact)) / exact).toPrecision(2));
    const text = inst.mistakes[0].feedback.replace(/\$/g, '');
    expect(over).toBeGreaterThan(0);
    expect(text).toContain(`is ${share} % of`);
    const stated = Number(/by about ([\d.]+) %/.exec(text)?.[1]);
    expect(Math.abs(stated - over)).toBeLessThanOrEqual(0.06 * over); // two significant figures
    expect(inst.mistakes[0].feedback).not.toMatch(/sizeable/);
  }
});
