// An object-per-node network for comparison only, in the style of the TensorFlow Playground's
// src/nn.ts (github.com/tensorflow/playground, Apache-2.0, © 2016 Google Inc.). It is written
// for this benchmark, not copied: it keeps the Playground's data structures and per-example
// algorithm so that it costs what the Playground costs —
// - one Node object per unit (bias, total input, output, two derivatives, an accumulator and a
//   counter) and one Link object per weight (weight, derivative, accumulator, counter);
// - activations and the error are {output, der} function objects, and the activation's `der`
//   recomputes the activation from the total input (so tanh runs twice per unit and example);
// - forward and back propagation run one example at a time through the objects, accumulating
//   derivatives; the weights change after every `batchSize` examples, each by lr × (mean
//   accumulated derivative), as the Playground's updateWeights does;
// - the output unit is tanh with the squared error ½(output − target)² and targets ±1, the
//   Playground's classification setting; no regularization (its default).
// Weights start as the Playground's do, uniform in [−0.5, 0.5) with biases 0.1, drawn from our
// seeded rng instead of Math.random.
import { rng } from '../src/rng.ts';

interface Fn {
  output(x: number): number;
  der(x: number): number;
}

export const TANH: Fn = {
  output: (x) => Math.tanh(x),
  der: (x) => {
    const o = TANH.output(x);
    return 1 - o * o;
  },
};

const SQUARE = {
  error: (output: number, target: number) => 0.5 * (output - target) ** 2,
  der: (output: number, target: number) => output - target,
};

class Unit {
  inputLinks: Edge[] = [];
  outputs: Edge[] = [];
  bias = 0.1;
  totalInput = 0;
  output = 0;
  outputDer = 0;
  inputDer = 0;
  accInputDer = 0;
  numAccumulatedDers = 0;
  readonly id: string;
  readonly activation: Fn;
  constructor(id: string, activation: Fn) {
    this.id = id;
    this.activation = activation;
  }

  updateOutput(): number {
    // accumulated in the property itself, as the Playground does
    this.totalInput = this.bias;
    for (let j = 0; j < this.inputLinks.length; j++) {
      const link = this.inputLinks[j];
      this.totalInput += link.weight * link.source.output;
    }
    this.output = this.activation.output(this.totalInput);
    return this.output;
  }
}

class Edge {
  weight: number;
  errorDer = 0;
  accErrorDer = 0;
  numAccumulatedDers = 0;
  readonly id: string;
  readonly source: Unit;
  readonly dest: Unit;
  readonly regularization: Fn | null;
  constructor(source: Unit, dest: Unit, weight: number, regularization: Fn | null) {
    this.source = source;
    this.dest = dest;
    this.regularization = regularization;
    this.id = `${source.id}-${dest.id}`;
    this.weight = weight;
  }
}

export type Network = Unit[][];

export function buildNetwork(shape: number[], activation: Fn, outputActivation: Fn, seed: number): Network {
  const r = rng(seed);
  const net: Network = [];
  let id = 1;
  shape.forEach((count, layer) => {
    const units: Unit[] = [];
    for (let i = 0; i < count; i++) {
      const unit = new Unit(layer === 0 ? `x${i}` : String(id++), layer === shape.length - 1 ? outputActivation : activation);
      if (layer > 0) {
        for (const src of net[layer - 1]) {
          const link = new Edge(src, unit, r.uniform() - 0.5, null);
          src.outputs.push(link);
          unit.inputLinks.push(link);
        }
      }
      units.push(unit);
    }
    net.push(units);
  });
  return net;
}

export function forwardProp(net: Network, inputs: number[]): number {
  const first = net[0];
  if (inputs.length !== first.length) throw new Error('input size mismatch');
  for (let i = 0; i < first.length; i++) first[i].output = inputs[i];
  for (let l = 1; l < net.length; l++) {
    const layer = net[l];
    for (let i = 0; i < layer.length; i++) layer[i].updateOutput();
  }
  return net[net.length - 1][0].output;
}

export function backProp(net: Network, target: number): void {
  const out = net[net.length - 1][0];
  out.outputDer = SQUARE.der(out.output, target);
  for (let l = net.length - 1; l >= 1; l--) {
    const layer = net[l];
    for (let i = 0; i < layer.length; i++) {
      const unit = layer[i];
      unit.inputDer = unit.outputDer * unit.activation.der(unit.totalInput);
      unit.accInputDer += unit.inputDer;
      unit.numAccumulatedDers++;
    }
    for (let i = 0; i < layer.length; i++) {
      const unit = layer[i];
      for (let j = 0; j < unit.inputLinks.length; j++) {
        const link = unit.inputLinks[j];
        link.errorDer = unit.inputDer * link.source.output;
        link.accErrorDer += link.errorDer;
        link.numAccumulatedDers++;
      }
    }
    if (l === 1) continue;
    const prev = net[l - 1];
    for (let i = 0; i < prev.length; i++) {
      const unit = prev[i];
      // accumulated in the property, as the Playground does
      unit.outputDer = 0;
      for (let j = 0; j < unit.outputs.length; j++) {
        const link = unit.outputs[j];
        unit.outputDer += link.weight * link.dest.inputDer;
      }
    }
  }
}

export function updateWeights(net: Network, lr: number, regularizationRate: number): void {
  for (let l = 1; l < net.length; l++) {
    const layer = net[l];
    for (let i = 0; i < layer.length; i++) {
      const unit = layer[i];
      if (unit.numAccumulatedDers > 0) {
        unit.bias -= (lr * unit.accInputDer) / unit.numAccumulatedDers;
        unit.accInputDer = 0;
        unit.numAccumulatedDers = 0;
      }
      for (let j = 0; j < unit.inputLinks.length; j++) {
        const link = unit.inputLinks[j];
        const regulDer = link.regularization ? link.regularization.der(link.weight) : 0;
        if (link.numAccumulatedDers > 0) {
          link.weight -= (lr / link.numAccumulatedDers) * (link.accErrorDer + regularizationRate * regulDer);
          link.accErrorDer = 0;
          link.numAccumulatedDers = 0;
        }
      }
    }
  }
}

/** The Playground's training pass (its oneStep): every example forward and back, an update per batch. */
export function trainEpoch(net: Network, inputs: number[][], labels: number[], lr: number, batchSize: number): void {
  for (let i = 0; i < inputs.length; i++) {
    forwardProp(net, inputs[i]);
    backProp(net, labels[i]);
    if ((i + 1) % batchSize === 0) updateWeights(net, lr, 0);
  }
}

/** Mean squared error of the network on the data (for checking that it learns). */
export function meanError(net: Network, inputs: number[][], labels: number[]): number {
  let total = 0;
  for (let i = 0; i < inputs.length; i++) total += SQUARE.error(forwardProp(net, inputs[i]), labels[i]);
  return total / inputs.length;
}
