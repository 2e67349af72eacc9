import { describe, expect, it } from 'vitest';
import { mlp, type Activation, type MlpLoss } from './mlp.ts';
import { rng } from '../rng.ts';

const activations: Activation[] = ['tanh', 'relu', 'sigmoid', 'linear'];
const losses: MlpLoss[] = ['logistic', 'squared'];

function batch(n: number, d: number, seed: number) {
  const r = rng(seed);
  const X = new Float64Array(n * d).map(() => r.uniform(-1.5, 1.5));
  const y = new Float64Array(n).map(() => (r.uniform() < 0.5 ? 0 : 1));
  return { X, y };
}

/** Central differences (f(θ + h e_i) − f(θ − h e_i)) / 2h for every coordinate. */
function finiteDifferences(f: (theta: Float64Array) => number, theta: Float64Array, h = 1e-5): Float64Array {
  const g = new Float64Array(theta.length);
  for (let i = 0; i < theta.length; i++) {
    const p = Float64Array.from(theta);
    p[i] = theta[i] + h;
    const up = f(p);
    p[i] = theta[i] - h;
    g[i] = (up - f(p)) / (2 * h);
  }
  return g;
}

describe('mlp({ sizes, activation, loss, seed })', () => {
  it('counts weights and biases: 2-4-2-1 has 25 parameters, 2-8-8-1 has 105', () => {
    // (2·4 + 4) + (4·2 + 2) + (2·1 + 1) = 25; (2·8 + 8) + (8·8 + 8) + (8 + 1) = 105
    expect(mlp({ sizes: [2, 4, 2, 1] }).size).toBe(25);
    expect(mlp({ sizes: [2, 8, 8, 1] }).size).toBe(105);
    expect(mlp({ sizes: [3, 1] }).size).toBe(4);
  });

  for (const activation of activations) {
    for (const loss of losses)
      for (const compile of [true, false]) {
        it(`lossAndGradient equals central finite differences (relative error ≤ 1e-6) for ${activation} + ${loss}, ${compile ? 'compiled kernel' : 'loops'}`, () => {
          const net = mlp({ sizes: [2, 5, 3, 1], activation, loss, compile });
          expect(net.compiled).toBe(compile);
          for (const seed of [1, 2, 3]) {
            // random parameters of order one (not the small init), so every unit is off its linear regime
            const r = rng(100 + seed);
            const theta = new Float64Array(net.size).map(() => r.normal(0, 1));
            const { X, y } = batch(7, 2, seed);
            const { loss: value, grad } = net.lossAndGradient(theta, X, y);
            expect(value).toBeCloseTo(net.lossValue(theta, X, y), 14);
            const fd = finiteDifferences((p) => net.lossValue(p, X, y), theta);
            let num = 0;
            let den = 0;
            for (let i = 0; i < grad.length; i++) {
              num += (grad[i] - fd[i]) ** 2;
              den += grad[i] ** 2;
              // per coordinate too, relative to the gradient's scale
              expect(Math.abs(grad[i] - fd[i])).toBeLessThanOrEqual(1e-6 * Math.max(Math.abs(fd[i]), 1e-2));
            }
            expect(Math.sqrt(num / den)).toBeLessThanOrEqual(1e-6);
          }
        });
      }
  }

  it('the compiled kernel and the loops agree to rounding on every output, loss and gradient', () => {
    for (const activation of activations) {
      const sizes = [2, 6, 4, 3, 1];
      const fast = mlp({ sizes, activation });
      const slow = mlp({ sizes, activation, compile: false });
      const theta = fast.init(3);
      const { X, y } = batch(13, 2, 8);
      const f = fast.lossAndGradient(theta, X, y);
      const s = slow.lossAndGradient(theta, X, y);
      expect(Math.abs(f.loss - s.loss)).toBeLessThan(1e-14);
      f.grad.forEach((g, i) => expect(Math.abs(g - s.grad[i])).toBeLessThan(1e-14));
      const pf = fast.predict(theta, X);
      slow.predict(theta, X).forEach((p, i) => expect(Math.abs(p - pf[i])).toBeLessThan(1e-14));
    }
    expect(mlp({ sizes: [2, 64, 64, 1] }).compiled).toBe(false); // 4417 parameters: the loops
  });

  it('computes a 2-2-1 tanh network by hand', () => {
    const net = mlp({ sizes: [2, 2, 1], activation: 'tanh' });
    // W1 = [[0.5, -1], [2, 0.25]], b1 = [0.1, -0.2], W2 = [[1.5, -0.5]], b2 = [0.3]
    const theta = Float64Array.from([0.5, -1, 2, 0.25, 0.1, -0.2, 1.5, -0.5, 0.3]);
    const X = Float64Array.from([1, 2]);
    const h1 = Math.tanh(0.5 * 1 - 1 * 2 + 0.1);
    const h2 = Math.tanh(2 * 1 + 0.25 * 2 - 0.2);
    const z = 1.5 * h1 - 0.5 * h2 + 0.3;
    expect(net.predict(theta, X)[0]).toBeCloseTo(1 / (1 + Math.exp(-z)), 15);
    // logistic loss for y = 1 is log(1 + e^{−z}); its gradient w.r.t. b2 is σ(z) − 1
    const { loss, grad } = net.lossAndGradient(theta, X, Float64Array.from([1]));
    expect(loss).toBeCloseTo(Math.log(1 + Math.exp(-z)), 14);
    expect(grad[8]).toBeCloseTo(1 / (1 + Math.exp(-z)) - 1, 14);
    const sq = mlp({ sizes: [2, 2, 1], activation: 'tanh', loss: 'squared' });
    expect(sq.predict(theta, X)[0]).toBeCloseTo(z, 15);
    expect(sq.lossValue(theta, X, Float64Array.from([0]))).toBeCloseTo(0.5 * z * z, 14);
  });

  it('is pure: θ, X and y are untouched and a repeat call gives the same numbers, whatever came between', () => {
    const net = mlp({ sizes: [2, 6, 1], activation: 'relu' });
    const theta = net.init(4);
    const { X, y } = batch(9, 2, 5);
    const copies = [Float64Array.from(theta), Float64Array.from(X), Float64Array.from(y)];
    const first = net.lossAndGradient(theta, X, y);
    const big = batch(50, 2, 6);
    net.lossAndGradient(theta, big.X, big.y); // grows the scratch buffers
    const second = net.lossAndGradient(theta, X, y);
    expect(second.loss).toBe(first.loss);
    expect(Array.from(second.grad)).toEqual(Array.from(first.grad));
    expect(second.grad).not.toBe(first.grad);
    expect([theta, X, y].map((a) => Array.from(a))).toEqual(copies.map((a) => Array.from(a)));
  });

  it('the mean over a batch is the mean of per-example losses and gradients', () => {
    const net = mlp({ sizes: [2, 4, 2, 1], activation: 'sigmoid', loss: 'squared' });
    const theta = net.init(2);
    const { X, y } = batch(6, 2, 7);
    const whole = net.lossAndGradient(theta, X, y);
    let loss = 0;
    const grad = new Float64Array(net.size);
    for (let i = 0; i < 6; i++) {
      const one = net.lossAndGradient(theta, X.slice(2 * i, 2 * i + 2), y.slice(i, i + 1));
      loss += one.loss / 6;
      one.grad.forEach((g, j) => (grad[j] += g / 6));
    }
    expect(whole.loss).toBeCloseTo(loss, 14);
    whole.grad.forEach((g, j) => expect(g).toBeCloseTo(grad[j], 14));
  });

  it('init names its scheme: Glorot uniform within ±√(6/(fan_in + fan_out)), He normal for ReLU, zero biases, seeded', () => {
    const net = mlp({ sizes: [2, 8, 8, 1], activation: 'tanh', seed: 9 });
    expect(net.initScheme).toBe('glorot');
    const theta = net.init();
    expect(Array.from(net.init(9))).toEqual(Array.from(theta));
    expect(Array.from(net.init(10))).not.toEqual(Array.from(theta));
    for (const { weights, bias, inputs, outputs } of net.layout) {
      const lim = Math.sqrt(6 / (inputs + outputs));
      for (let q = 0; q < inputs * outputs; q++)
        expect(Math.abs(theta[weights + q])).toBeLessThanOrEqual(lim);
      for (let q = 0; q < outputs; q++) expect(theta[bias + q]).toBe(0);
    }
    const relu = mlp({ sizes: [2, 400, 1], activation: 'relu' });
    expect(relu.initScheme).toBe('he');
    const w = relu.init(1).slice(0, 800);
    const variance = w.reduce((s, v) => s + v * v, 0) / w.length;
    expect(variance).toBeGreaterThan(0.8); // 2/fan_in = 1 here
    expect(variance).toBeLessThan(1.2);
  });

  it('predict gives probabilities for logistic, accuracy thresholds at ½, and a logit of ±800 stays finite', () => {
    const net = mlp({ sizes: [1, 1], activation: 'linear' });
    const theta = Float64Array.from([800, 0]); // z = 800 x
    const X = Float64Array.from([1, -1, 0.001]);
    expect(Array.from(net.predict(theta, X))).toEqual([1, 0, 1 / (1 + Math.exp(-0.8))]);
    expect(net.lossValue(theta, X, Float64Array.from([0, 1, 1]))).toBeCloseTo(
      (800 + 800 + Math.log1p(Math.exp(-0.8))) / 3,
      10,
    );
    expect(net.accuracy(theta, X, Float64Array.from([1, 0, 0]))).toBeCloseTo(2 / 3, 15);
    const both = net.evaluate(theta, X, Float64Array.from([1, 0, 0]));
    expect(both.accuracy).toBe(net.accuracy(theta, X, Float64Array.from([1, 0, 0])));
    expect(both.loss).toBe(net.lossValue(theta, X, Float64Array.from([1, 0, 0])));
  });

  it('rejects bad shapes and inputs with messages naming the option', () => {
    expect(() => mlp({ sizes: [2, 3, 2] })).toThrow(/last size must be 1/);
    expect(() => mlp({ sizes: [2, 0, 1] })).toThrow(/sizes\[1\]/);
    expect(() => mlp({ sizes: [2, 1], activation: 'gelu' as Activation })).toThrow(/activation/);
    const net = mlp({ sizes: [2, 1] });
    expect(() => net.lossAndGradient(new Float64Array(2), new Float64Array(2), new Float64Array(1))).toThrow(
      /theta/,
    );
    expect(() => net.lossAndGradient(new Float64Array(3), new Float64Array(3), new Float64Array(2))).toThrow(
      /X must hold/,
    );
  });
});
