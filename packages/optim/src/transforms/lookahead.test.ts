import { describe, expect, it } from 'vitest';
import { lookahead } from './lookahead.ts';
import { sgd } from '../optimizers/sgd.ts';
import { adam } from '../optimizers/adam.ts';
import { stepInPlace } from './stepInPlace.ts';
import { expectClose, runTransform, testGrad, theta0 } from '../internal/testing.ts';

/**
 * Algorithm 1 of Zhang, Lucas, Hinton & Ba (2019), written out for an inner SGD with momentum
 * (PyTorch's buffer b ← βb + g, θ ← θ − ηb), the buffer kept across synchronisations:
 *   φ ← θ₀; repeat: θ ← φ; k inner steps on θ; φ ← φ + α(θ − φ).
 */
function paperLookaheadSgd(steps: number, k: number, alpha: number, lr: number, beta: number): number[][] {
  let phi = theta0.slice();
  let theta = phi.slice();
  const b = theta.map(() => 0);
  const out: number[][] = [];
  let t = 0;
  while (t < steps) {
    theta = phi.slice();
    for (let i = 0; i < k && t < steps; i++, t++) {
      const g = testGrad(theta);
      for (let j = 0; j < theta.length; j++) {
        b[j] = t === 0 ? g[j] : beta * b[j] + g[j];
        theta[j] -= lr * b[j];
      }
      if (i === k - 1) {
        phi = phi.map((p, j) => p + alpha * (theta[j] - p));
        out.push(phi.slice());
      } else out.push(theta.slice());
    }
  }
  return out;
}

describe('lookahead(inner, { k, alpha })', () => {
  for (const [k, alpha] of [
    [5, 0.5],
    [3, 0.8],
    [1, 0.5],
    [6, 1],
  ] as const) {
    it(`matches the paper's Algorithm 1 around SGD with momentum over 60 steps (k = ${k}, α = ${alpha})`, () => {
      const ours = runTransform(lookahead(sgd({ lr: 0.05, momentum: 0.9 }), { k, alpha }), 60);
      expectClose(ours, paperLookaheadSgd(60, k, alpha, 0.05, 0.9), 1e-12);
    });
  }

  it('with α = 1 it is the inner optimizer itself', () => {
    expectClose(
      runTransform(lookahead(adam({ lr: 0.1 }), { k: 4, alpha: 1 }), 40),
      runTransform(adam({ lr: 0.1 }), 40),
      1e-12,
    );
  });

  it('after a synchronisation θ is the slow weights, and between them the inner update passes through', () => {
    const tx = lookahead(sgd({ lr: 0.1 }), { k: 2, alpha: 0.5 });
    let p = Float64Array.from([1, -1]);
    let s = tx.init(p);
    const g = Float64Array.from([1, 2]);
    let r = tx.update(g, s, p);
    expect(Array.from(r.updates)).toEqual([-0.1, -0.2]); // plain SGD step
    p = p.map((v, i) => v + r.updates[i]);
    s = r.state;
    r = tx.update(g, s, p);
    // fast weights after two steps: θ₀ − 0.2 g = (0.8, −1.4); φ = θ₀ + ½(θ − θ₀) = (0.9, −1.2)
    const next = p.map((v, i) => v + r.updates[i]);
    expect(next[0]).toBeCloseTo(0.9, 15);
    expect(next[1]).toBeCloseTo(-1.2, 15);
    expect(Array.from(r.state.slow)).toEqual(Array.from(next));
    expect(r.state.fast).toBe(0);
  });

  it('is pure and works through stepInPlace (the trainers’ path) with the same numbers', () => {
    const tx = lookahead(adam({ lr: 0.05 }), { k: 3, alpha: 0.5 });
    const pure = runTransform(tx, 20);
    const p = Float64Array.from(theta0);
    let s = tx.init(p);
    const seen: number[][] = [];
    for (let i = 0; i < 20; i++) {
      s = stepInPlace(tx, Float64Array.from(testGrad(Array.from(p))), s, p);
      seen.push(Array.from(p));
    }
    expectClose(seen, pure, 1e-15);
  });

  it('rejects k < 1 and α outside (0, 1]', () => {
    expect(() => lookahead(sgd({ lr: 0.1 }), { k: 0 })).toThrow(/k must/);
    expect(() => lookahead(sgd({ lr: 0.1 }), { alpha: 0 })).toThrow(/alpha/);
    expect(() => lookahead(sgd({ lr: 0.1 }), { alpha: 1.5 })).toThrow(/alpha/);
  });
});
