import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mlp, type Activation, type MlpKernel, type MlpLoss } from './mlp.ts';
import { rng } from '../rng.ts';
import { adam } from '../optimizers/adam.ts';
import { sgd } from '../optimizers/sgd.ts';
import { stepInPlace } from '../transforms/stepInPlace.ts';

const activations: Activation[] = ['tanh', 'relu', 'sigmoid', 'linear'];
const kernels: MlpKernel[] = ['compiled', 'blocked', 'loops'];

function batch(n: number, d: number, k: number, seed: number) {
  const r = rng(seed);
  const X = new Float64Array(n * d).map(() => r.uniform(-1.5, 1.5));
  const y = new Float64Array(n).map(() => r.int(k));
  return { X, y };
}

function randomTheta(size: number, seed: number, std = 1) {
  const r = rng(seed);
  return new Float64Array(size).map(() => r.normal(0, std));
}

/** Central differences for every coordinate. */
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

function expectGradientMatches(grad: Float64Array, fd: Float64Array) {
  let num = 0;
  let den = 0;
  for (let i = 0; i < grad.length; i++) {
    num += (grad[i] - fd[i]) ** 2;
    den += grad[i] ** 2;
    expect(Math.abs(grad[i] - fd[i])).toBeLessThanOrEqual(1e-6 * Math.max(Math.abs(fd[i]), 1e-2));
  }
  expect(Math.sqrt(num / den)).toBeLessThanOrEqual(1e-6);
}

describe("mlp({ loss: 'softmax' }): k-class cross-entropy head", () => {
  const shapes = [
    [2, 5, 3],
    [4, 6, 5, 10],
    [7, 3],
    [3, 9, 2],
  ];
  for (const activation of activations)
    for (const kernel of kernels)
      it(`lossAndGradient equals central finite differences (≤ 1e-6) for ${activation}, ${kernel} kernel, widths ${shapes.map((s) => s.join('-')).join(', ')}`, () => {
        for (const sizes of shapes) {
          const net = mlp({ sizes, activation, loss: 'softmax', kernel });
          expect(net.kernel).toBe(kernel);
          const k = sizes[sizes.length - 1];
          for (const seed of [1, 2]) {
            const theta = randomTheta(net.size, 100 + seed);
            const { X, y } = batch(7, sizes[0], k, seed);
            const { loss, grad } = net.lossAndGradient(theta, X, y);
            expect(loss).toBeCloseTo(net.lossValue(theta, X, y), 13);
            expectGradientMatches(
              grad,
              finiteDifferences((p) => net.lossValue(p, X, y), theta),
            );
          }
        }
      });

  it('agrees with PyTorch (F.cross_entropy + penalty, float64): loss, gradient and probabilities to 1e-12', () => {
    const { cases } = JSON.parse(
      readFileSync(new URL('../../test/fixtures/softmaxTorch.json', import.meta.url), 'utf8'),
    ) as { cases: TorchCase[] };
    expect(cases.length).toBeGreaterThanOrEqual(5);
    for (const c of cases)
      for (const kernel of kernels) {
        const net = mlp({
          sizes: c.sizes,
          activation: c.activation,
          loss: 'softmax',
          l1: c.l1,
          l2: c.l2,
          kernel,
        });
        const theta = Float64Array.from(c.theta);
        const X = Float64Array.from(c.X);
        const y = Float64Array.from(c.y);
        const { loss, grad } = net.lossAndGradient(theta, X, y);
        expect(Math.abs(loss - c.loss)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(c.loss)));
        grad.forEach((g, i) => expect(Math.abs(g - c.grad[i])).toBeLessThanOrEqual(1e-12));
        net.predict(theta, X).forEach((p, i) => expect(Math.abs(p - c.probs[i])).toBeLessThanOrEqual(1e-14));
      }
  });

  it('l2 is torch.optim.Adam(weight_decay = λ₂) on the weights and l1 is λ₁ Σ|w| in the loss: five Adam steps agree with PyTorch to 1e-12', () => {
    const { cases } = JSON.parse(
      readFileSync(new URL('../../test/fixtures/softmaxTorch.json', import.meta.url), 'utf8'),
    ) as { cases: TorchCase[] };
    for (const c of cases) {
      const net = mlp({ sizes: c.sizes, activation: c.activation, loss: 'softmax', l1: c.l1, l2: c.l2 });
      const theta = Float64Array.from(c.theta);
      const X = Float64Array.from(c.X);
      const y = Float64Array.from(c.y);
      const tx = adam({ lr: 0.01 });
      let state = tx.init(theta);
      const grad = new Float64Array(net.size);
      for (let t = 0; t < 5; t++) {
        net.lossAndGradientInto(theta, X, y, grad);
        state = stepInPlace(tx, grad, state, theta);
      }
      theta.forEach((v, i) => expect(Math.abs(v - c.adamTheta5[i])).toBeLessThanOrEqual(1e-12));
    }
  });

  it('computes a linear 2-class head by hand: loss log(e^{z₀} + e^{z₁}) − z_y, probabilities and gradient (p − e_y) xᵀ', () => {
    const net = mlp({ sizes: [2, 2], activation: 'linear', loss: 'softmax' });
    // W = [[1, −2], [0.5, 3]], b = [0.1, −0.4]
    const theta = Float64Array.from([1, -2, 0.5, 3, 0.1, -0.4]);
    const X = Float64Array.from([0.3, -0.7]);
    const z0 = 1 * 0.3 - 2 * -0.7 + 0.1;
    const z1 = 0.5 * 0.3 + 3 * -0.7 - 0.4;
    const lse = Math.log(Math.exp(z0) + Math.exp(z1));
    const p0 = Math.exp(z0 - lse);
    const p1 = Math.exp(z1 - lse);
    for (const kernel of kernels) {
      const k = mlp({ sizes: [2, 2], activation: 'linear', loss: 'softmax', kernel });
      const { loss, grad } = k.lossAndGradient(theta, X, Float64Array.from([1]));
      expect(loss).toBeCloseTo(lse - z1, 14);
      const expected = [p0 * 0.3, p0 * -0.7, (p1 - 1) * 0.3, (p1 - 1) * -0.7, p0, p1 - 1];
      grad.forEach((g, i) => expect(g).toBeCloseTo(expected[i], 14));
      const p = k.predict(theta, X);
      expect(p[0]).toBeCloseTo(p0, 15);
      expect(p[1]).toBeCloseTo(p1, 15);
    }
    expect(net.outputs).toBe(2);
    expect(net.classes).toBe(2);
  });

  it('is numerically stable: logits of ±1000 give a finite loss, probabilities 0/1 and a finite gradient', () => {
    for (const kernel of kernels) {
      const net = mlp({ sizes: [1, 3], activation: 'linear', loss: 'softmax', kernel });
      // z = (1000 x, −1000 x, 0)
      const theta = Float64Array.from([1000, -1000, 0, 0, 0, 0]);
      const X = Float64Array.from([1, -1]);
      const y = Float64Array.from([1, 1]); // first row: wrong by 2000 nats; second: right
      const { loss, grad } = net.lossAndGradient(theta, X, y);
      expect(loss).toBeCloseTo(2000 / 2, 9);
      expect(grad.every(Number.isFinite)).toBe(true);
      expect(Array.from(net.predict(theta, X))).toEqual([1, 0, 0, 0, 1, 0]);
    }
  });

  it('predict gives rows of probabilities that sum to 1; classify takes the most probable class; accuracy and evaluate agree with them', () => {
    const net = mlp({ sizes: [3, 8, 5], activation: 'relu', loss: 'softmax', seed: 4 });
    const theta = randomTheta(net.size, 9);
    const { X, y } = batch(40, 3, 5, 3);
    const P = net.predict(theta, X);
    expect(P.length).toBe(40 * 5);
    const cls = net.classify(theta, X);
    let right = 0;
    for (let i = 0; i < 40; i++) {
      const row = Array.from(P.subarray(5 * i, 5 * i + 5));
      expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 14);
      expect(cls[i]).toBe(row.indexOf(Math.max(...row)));
      if (cls[i] === y[i]) right++;
    }
    expect(net.accuracy(theta, X, y)).toBe(right / 40);
    const predicted = new Int32Array(40);
    const ev = net.evaluate(theta, X, y, undefined, predicted);
    expect(ev.accuracy).toBe(right / 40);
    expect(Array.from(predicted)).toEqual(Array.from(cls));
    // mean cross-entropy = mean of −log p_y
    let ce = 0;
    for (let i = 0; i < 40; i++) ce -= Math.log(P[5 * i + y[i]]) / 40;
    expect(ev.loss).toBeCloseTo(ce, 12);
  });

  it('initialises as every mlp does: He normal for ReLU, Glorot uniform otherwise, zero biases, seeded', () => {
    const relu = mlp({ sizes: [196, 64, 10], activation: 'relu', loss: 'softmax', seed: 3 });
    expect(relu.initScheme).toBe('he');
    const theta = relu.init();
    expect(Array.from(relu.init(3))).toEqual(Array.from(theta));
    expect(Array.from(relu.init(4))).not.toEqual(Array.from(theta));
    const w1 = theta.subarray(0, 196 * 64);
    const variance = w1.reduce((s, v) => s + v * v, 0) / w1.length;
    expect(variance).toBeGreaterThan(0.9 * (2 / 196)); // 2/fan_in, 12,544 draws
    expect(variance).toBeLessThan(1.1 * (2 / 196));
    const tanhNet = mlp({ sizes: [196, 64, 10], activation: 'tanh', loss: 'softmax' });
    expect(tanhNet.initScheme).toBe('glorot');
    const lim = Math.sqrt(6 / (64 + 10));
    const t = tanhNet.init(1);
    const { weights, bias } = tanhNet.layout[1];
    for (let q = weights; q < bias; q++) expect(Math.abs(t[q])).toBeLessThanOrEqual(lim);
    for (let q = bias; q < bias + 10; q++) expect(t[q]).toBe(0);
  });

  it('rejects labels that are not class indices, and heads of the wrong width', () => {
    const net = mlp({ sizes: [2, 3], loss: 'softmax' });
    const theta = net.init();
    const X = new Float64Array(4);
    for (const bad of [3, -1, 0.5, NaN])
      expect(() => net.lossAndGradient(theta, X, Float64Array.from([0, bad]))).toThrow(
        /class indices 0 … 2.*y\[1\]/,
      );
    expect(() => mlp({ sizes: [2, 1], loss: 'softmax' })).toThrow(/at least 2 outputs/);
    expect(() => mlp({ sizes: [2, 3], loss: 'squared' })).toThrow(/last size must be 1/);
    expect(() => mlp({ sizes: [2, 3], loss: 'softmax', compile: false, kernel: 'blocked' })).toThrow(
      /compile: false/,
    );
  });
});

describe('mlp kernels: compiled, blocked and loops compute the same numbers', () => {
  const losses: MlpLoss[] = ['logistic', 'squared', 'softmax'];
  const shapes = [
    [2, 5, 3, 1],
    [3, 4, 1],
    [5, 1],
    [6, 7, 9, 5, 1],
  ];
  for (const loss of losses)
    it(`blocked equals loops bit for bit (${loss}; every activation; batches of 1 … 33 rows, widths off the 3 × 4 blocks)`, () => {
      for (const activation of activations)
        for (const base of shapes) {
          const sizes = loss === 'softmax' ? [...base.slice(0, -1), 4] : base;
          const blocked = mlp({ sizes, activation, loss, kernel: 'blocked' });
          const loops = mlp({ sizes, activation, loss, kernel: 'loops' });
          const theta = randomTheta(blocked.size, 7, 0.8);
          for (const n of [1, 2, 3, 5, 32, 33]) {
            const { X, y } = batch(n, sizes[0], loss === 'softmax' ? 4 : 2, n);
            const a = blocked.lossAndGradient(theta, X, y);
            const b = loops.lossAndGradient(theta, X, y);
            expect(a.loss).toBe(b.loss);
            expect(Array.from(a.grad)).toEqual(Array.from(b.grad));
            expect(Array.from(blocked.predict(theta, X))).toEqual(Array.from(loops.predict(theta, X)));
          }
        }
    });

  it('the compiled softmax kernel agrees with the loops to rounding (≤ 1e-14) on every activation', () => {
    for (const activation of activations) {
      const sizes = [2, 6, 4, 3];
      const fast = mlp({ sizes, activation, loss: 'softmax' });
      expect(fast.kernel).toBe('compiled');
      const slow = mlp({ sizes, activation, loss: 'softmax', kernel: 'loops' });
      const theta = fast.init(3);
      const { X, y } = batch(13, 2, 3, 8);
      const f = fast.lossAndGradient(theta, X, y);
      const s = slow.lossAndGradient(theta, X, y);
      expect(Math.abs(f.loss - s.loss)).toBeLessThan(1e-14);
      f.grad.forEach((g, i) => expect(Math.abs(g - s.grad[i])).toBeLessThan(1e-14));
      const pf = fast.predict(theta, X);
      slow.predict(theta, X).forEach((p, i) => expect(Math.abs(p - pf[i])).toBeLessThan(1e-14));
    }
  });

  it("'auto' compiles small networks and blocks wide ones (the digits network 196-64-10 has 13,210 parameters)", () => {
    expect(mlp({ sizes: [2, 8, 8, 3], loss: 'softmax' }).kernel).toBe('compiled');
    const digits = mlp({ sizes: [196, 64, 10], loss: 'softmax' });
    expect(digits.size).toBe(196 * 64 + 64 + 64 * 10 + 10);
    expect(digits.kernel).toBe('blocked');
    expect(mlp({ sizes: [196, 64, 10], loss: 'softmax', kernel: 'compiled' }).kernel).toBe('blocked');
    expect(mlp({ sizes: [2, 64, 64, 1] }).kernel).toBe('blocked');
  });
});

describe('mlp({ l1, l2 }): the weight penalty', () => {
  for (const activation of activations)
    it(`J(θ) = mean loss + λ₁Σ|w| + (λ₂/2)Σw² over weights only, gradient equal to finite differences (${activation}, every loss)`, () => {
      for (const loss of ['logistic', 'squared', 'softmax'] as const) {
        const sizes = loss === 'softmax' ? [3, 5, 4] : [3, 5, 1];
        const plain = mlp({ sizes, activation, loss });
        const net = mlp({ sizes, activation, loss, l1: 0.03, l2: 0.2 });
        const theta = randomTheta(net.size, 11);
        const { X, y } = batch(6, 3, loss === 'softmax' ? 4 : 2, 2);
        let abs = 0;
        let sq = 0;
        for (const { weights, inputs, outputs } of net.layout)
          for (let q = weights; q < weights + inputs * outputs; q++) {
            abs += Math.abs(theta[q]);
            sq += theta[q] ** 2;
          }
        expect(net.penalty(theta)).toBeCloseTo(0.03 * abs + 0.1 * sq, 13);
        expect(net.lossValue(theta, X, y)).toBeCloseTo(plain.lossValue(theta, X, y) + net.penalty(theta), 13);
        // evaluate reports the data loss alone, as the Playground and PyTorch do
        expect(net.evaluate(theta, X, y).loss).toBe(plain.evaluate(theta, X, y).loss);
        const { grad } = net.lossAndGradient(theta, X, y);
        expectGradientMatches(
          grad,
          finiteDifferences((p) => net.lossValue(p, X, y), theta),
        );
        // biases carry no penalty: their gradient is the unregularised one
        const g0 = plain.lossAndGradient(theta, X, y).grad;
        for (const { bias, outputs } of net.layout)
          for (let q = bias; q < bias + outputs; q++) expect(grad[q]).toBe(g0[q]);
      }
    });

  it('L1 uses sign(0) = 0 (a weight at exactly 0 gets no push, as |w|’s autograd subgradient in PyTorch)', () => {
    const net = mlp({ sizes: [2, 1], activation: 'linear', loss: 'squared', l1: 0.5 });
    const plain = mlp({ sizes: [2, 1], activation: 'linear', loss: 'squared' });
    const theta = Float64Array.from([0, -2, 0.3]);
    const X = Float64Array.from([1, 1]);
    const y = Float64Array.from([0]);
    const g = net.lossAndGradient(theta, X, y).grad;
    const g0 = plain.lossAndGradient(theta, X, y).grad;
    expect(g[0]).toBe(g0[0]);
    expect(g[1]).toBe(g0[1] - 0.5);
    expect(g[2]).toBe(g0[2]);
  });

  it('one SGD step with l2 = λ equals SGD with weightDecay = λ on the weights (θ₀ has zero biases, so they agree there too)', () => {
    const X = batch(8, 2, 2, 1).X;
    const y = batch(8, 2, 2, 1).y;
    const reg = mlp({ sizes: [2, 4, 1], l2: 0.3 });
    const plain = mlp({ sizes: [2, 4, 1] });
    const theta0 = reg.init(2);
    const a = Float64Array.from(theta0);
    const b = Float64Array.from(theta0);
    const ga = reg.lossAndGradient(a, X, y).grad;
    const gb = plain.lossAndGradient(b, X, y).grad;
    stepInPlace(sgd({ lr: 0.1 }), ga, sgd({ lr: 0.1 }).init(a), a);
    stepInPlace(sgd({ lr: 0.1, weightDecay: 0.3 }), gb, sgd({ lr: 0.1, weightDecay: 0.3 }).init(b), b);
    a.forEach((v, i) => expect(v).toBeCloseTo(b[i], 15));
  });

  it('rejects a negative or non-finite rate', () => {
    expect(() => mlp({ sizes: [2, 1], l1: -1 })).toThrow(/l1/);
    expect(() => mlp({ sizes: [2, 1], l2: NaN })).toThrow(/l2/);
  });
});

describe('mlp.unitOutputs and mlp.layerParameters: what a network diagram draws', () => {
  it('gives every unit’s output feature-major, layer 0 the inputs and layer L what predict gives', () => {
    for (const loss of ['logistic', 'squared', 'softmax'] as const) {
      const sizes = loss === 'softmax' ? [2, 3, 2, 3] : [2, 3, 2, 1];
      const net = mlp({ sizes, activation: 'tanh', loss, seed: 1 });
      const theta = randomTheta(net.size, 5);
      const { X } = batch(10, 2, 2, 4);
      const units = net.unitOutputs(theta, X);
      expect(units.map((u) => u.length)).toEqual(sizes.map((s) => s * 10));
      // by hand: a₁ = tanh(W₁x + b₁), a₂ = tanh(W₂a₁ + b₂)
      const P = net.layerParameters(theta);
      for (let i = 0; i < 10; i++) {
        const x = [X[2 * i], X[2 * i + 1]];
        expect(units[0][i]).toBe(x[0]);
        expect(units[0][10 + i]).toBe(x[1]);
        let a = x;
        for (let l = 0; l < 2; l++) {
          const { weights, bias, inputs, outputs } = P[l];
          a = Array.from({ length: outputs }, (_, j) =>
            Math.tanh(bias[j] + a.reduce((s, v, q) => s + weights[j * inputs + q] * v, 0)),
          );
          a.forEach((v, j) => expect(units[l + 1][j * 10 + i]).toBeCloseTo(v, 14));
        }
      }
      const pred = net.predict(theta, X);
      const k = net.outputs;
      for (let i = 0; i < 10; i++)
        for (let j = 0; j < k; j++) expect(units[3][j * 10 + i]).toBeCloseTo(pred[i * k + j], 15);
      // the arrays of a previous call are reused when they fit
      const again = net.unitOutputs(theta, X, 10, units);
      again.forEach((u, l) => expect(u).toBe(units[l]));
    }
  });

  it('layerParameters copies W (outputs × inputs, row-major) and b of each layer out of θ', () => {
    const net = mlp({ sizes: [3, 2, 4], loss: 'softmax' });
    const theta = Float64Array.from({ length: net.size }, (_, i) => i);
    const P = net.layerParameters(theta);
    expect(P.map((p) => [p.inputs, p.outputs])).toEqual([
      [3, 2],
      [2, 4],
    ]);
    expect(Array.from(P[0].weights)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(Array.from(P[0].bias)).toEqual([6, 7]);
    expect(Array.from(P[1].weights)).toEqual([8, 9, 10, 11, 12, 13, 14, 15]);
    expect(Array.from(P[1].bias)).toEqual([16, 17, 18, 19]);
    P[0].weights[0] = 99;
    expect(theta[0]).toBe(0);
  });
});

interface TorchCase {
  sizes: number[];
  activation: Activation;
  l1: number;
  l2: number;
  X: number[];
  y: number[];
  theta: number[];
  loss: number;
  grad: number[];
  probs: number[];
  adamTheta5: number[];
}
